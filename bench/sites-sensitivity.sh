#!/usr/bin/env bash
# Issue 18's figure: the 10,000-draw sensitivity analysis for 20 sites and 20 criteria against one plain scoring pass
# (hard limits, min-max weighted sum, TOPSIS) repeated 10,000 times, printed as a ratio. Both run in one JVM on the
# same seeded data (SitesSensitivityBench, test sources); each figure is the median of the runs after a warm-up.
#
# Usage: bench/sites-sensitivity.sh [runs, default 15]    Needs: java and the project built (it builds if not).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
if [[ ! -f target/test-classes/eu/balticaigf/portal/sites/SitesSensitivityBench.class ]]; then
  ./mvnw -B -ntp -q test-compile -Dspring-javaformat.skip=true
fi
java -cp target/classes:target/test-classes eu.balticaigf.portal.sites.SitesSensitivityBench "$runs"
