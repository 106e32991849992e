#!/usr/bin/env bash
# Issue 17's figure: ranking the matches of one card among 10,000 approved cards of 2,000 organisations (candidates
# read by the index, the two sides' other cards read for the two-way test, every candidate scored and sorted), against
# one plain indexed SELECT of the same candidate cards, in the same run on the same (embedded) database. Printed as a
# ratio. The work is MatchesBench (test sources, skipped in the suite); each figure is the median of the runs after a
# warm-up.
#
# Usage: bench/matches.sh [runs, default 25]    Needs: java; builds the project's test sources.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-25}
./mvnw -B -ntp verify -Dskip.chromium -Dspring-javaformat.skip=true -Ddirectory.bench=true \
  -Ddirectory.bench.runs="$runs" -Dtest=MatchesBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true 2>&1 \
  | tee target/matches-bench.log | grep '^BENCH' || { echo "The bench failed: see target/matches-bench.log" >&2; exit 1; }
