#!/usr/bin/env bash
# Issue 19's figures: a consortium dossier for 100 members, 400 commitments and 10 sites generated in full (the model
# from the database, the tagged PDF, the workbook) against the same model rendered as one HTML page, in the same JVM,
# and the heap's high-water mark while generating (the heap pools' peak usage, reset before each dossier). DossierBench
# (test sources) starts the portal once on a throw-away embedded database, seeds the bid, freezes a site assessment and
# prints medians after three warm-up runs; the figures are also written to target/dossier-bench.txt.
#
# Usage: bench/dossier.sh [runs, default 10]    Needs: java; builds the project (about 2-4 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
./mvnw -B -ntp -q verify -Dtest=DossierBench -Dbench.dossier=true -Dbench.runs="$runs" -Dskip.chromium \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspring-javaformat.skip=true \
  > target/dossier-bench.log 2>&1 || { tail -50 target/dossier-bench.log; exit 1; }
cat target/dossier-bench.txt
