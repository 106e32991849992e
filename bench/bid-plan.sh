#!/usr/bin/env bash
# Issue 16's figure: recomputing a bid's funding plan and every eligibility rule for 2,000 members and 10,000
# commitments, against one plain SELECT of the same rows in the same run on the same (embedded) database; and the
# readiness page at that size, over HTTP and signed in. Printed as ratios (aim: under 3x the plain read). The work is
# BidPlanBench (test sources, skipped in the suite); each figure is the median of the runs after a warm-up.
#
# Usage: bench/bid-plan.sh [runs, default 15]    Needs: java; builds the project's test sources.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
./mvnw -B -ntp verify -Dskip.chromium -Dspring-javaformat.skip=true -Dbid.bench=true -Dbid.bench.runs="$runs" \
  -Dtest=BidPlanBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true 2>&1 | tee target/bid-plan-bench.log \
  | grep '^BENCH' || { echo "The bench failed: see target/bid-plan-bench.log" >&2; exit 1; }
