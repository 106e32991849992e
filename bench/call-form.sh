#!/usr/bin/env bash
# Issue 15's figure: the application form of a call with 30 questions of its own against the same form without them,
# served by the same portal in the same run, printed as a ratio (goal: at most 1.5). Requests alternate between the two
# pages after a warm-up; each figure is the median time of one request (CallFormBenchTests, test sources).
#
# Usage: bench/call-form.sh [runs, default 1000]    Needs: java; builds the project.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000}
./mvnw -B -ntp test -Dskip.chromium -Dspring-javaformat.skip=true -Dtest=CallFormBenchTests \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.call-form=true -Dbench.runs="$runs" 2>&1 | grep '^call-form:'
