#!/usr/bin/env bash
# Times the public statistics JSON and the staff dashboard at 10,000 and at 1,000,000 applications, in one run.
# Both read the application module's summary (Applications.summary: the read model of migration V25).
#
# Starts the built jar on the embedded default with a throw-away database (target/bench-db), demo on, and a bootstrap
# admin who may sign in with a password alone (the portal otherwise makes an admin enrol a second factor first); signs in with curl like a browser (CSRF token from the form, session cookie); loads generated applications
# into the 2025 call straight into PostgreSQL (bench/insights-load.sh); prints medians and the ratio 1M / 10k.
# Also prices the summary's triggers on single-row inserts (pgbench, triggers on and off).
#
# Usage: bench/insights-bench.sh [runs per figure, default 15] [first size, default 10000] [second size, default 1000000]
# (a quick check that it works: bench/insights-bench.sh 3 1000 5000)    Needs: java, curl, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
small=${2:-10000}
large=${3:-1000000}
slug=baltic-aigf-2025
db_dir=target/bench-db
log=target/insights-bench-app.log
admin_email=bench-admin@ministry.test
admin_password=bench-only-password-0123456789

jar=$(ls target/consortium-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -B -ntp -q package -DskipTests
  jar=$(ls target/consortium-portal-*.jar | grep -v original | head -1)
fi

rm -rf "$db_dir"
APP_BOOTSTRAP_ADMIN_EMAIL=$admin_email APP_BOOTSTRAP_ADMIN_PASSWORD=$admin_password \
  java -jar "$jar" --server.port=0 --portal.embedded-db.dir="$db_dir" --portal.demo.enabled=true \
  --portal.staff.require-second-factor-for-admin=false >"$log" 2>&1 &
app=$!
cookies=$(mktemp)
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -f "$cookies"' EXIT

for _ in $(seq 180); do
  grep -q "Started PortalApplication" "$log" && break
  kill -0 $app 2>/dev/null || { echo "the application did not start; see $log" >&2; exit 1; }
  sleep 1
done
port=$(grep -o "Tomcat started on port [0-9]*" "$log" | grep -o "[0-9]*$")
base=http://localhost:$port
export PGHOST=localhost PGPORT=$(sed -n 4p "$db_dir/postmaster.pid") PGUSER=postgres PGDATABASE=postgres
echo "Application on $base, PostgreSQL on port $PGPORT; $runs runs per figure after 3 warm-up requests"

# Sign in as a browser would: the login form carries the CSRF token; the session cookie follows.
csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/staff/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$admin_email" \
  --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$csrf" "$base/staff/login"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$base/staff/calls/$slug/dashboard")
[[ "$status" == 200 ]] || { echo "sign-in failed: dashboard answered $status" >&2; exit 1; }

# Median response time in milliseconds of $runs requests (after 3 warm-up requests).
median_ms() {
  local url=$1
  for _ in 1 2 3; do curl -s -o /dev/null -b "$cookies" "$url"; done
  for _ in $(seq "$runs"); do
    curl -s -o /dev/null -b "$cookies" -w '%{time_total}\n' "$url"
  done | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }'
}

# What the read model saves: the same figures aggregated straight from the application table, once.
direct_ms() {
  psql -qtA -c '\timing on' -c "SELECT status, category, country, organisation_size, count(*),
      count(*) FILTER (WHERE investment_intent_eur > 0), sum(investment_intent_eur),
      count(*) FILTER (WHERE compute_demand_gpu_hours > 0), sum(compute_demand_gpu_hours)
    FROM application WHERE call_id = (SELECT id FROM call WHERE slug = '$slug') GROUP BY 1, 2, 3, 4" \
    | grep -o 'Time: [0-9.]*' | grep -o '[0-9.]*$'
}

measure() {
  local label=$1 count=$2
  json[$label]=$(median_ms "$base/api/v1/calls/$slug/statistics")
  dash[$label]=$(median_ms "$base/staff/calls/$slug/dashboard")
  direct[$label]=$(direct_ms)
  echo "$count applications: statistics JSON ${json[$label]} ms, dashboard ${dash[$label]} ms (direct GROUP BY on application, for comparison: ${direct[$label]} ms)"
}

declare -A json dash direct
start=$(date +%s)
bench/insights-load.sh "$slug" 1 "$small"
echo "Loaded $small applications in $(( $(date +%s) - start )) s"
measure small "$small"

start=$(date +%s)
bench/insights-load.sh "$slug" $(( small + 1 )) $(( large - small ))
echo "Loaded $(( large - small )) more ($large in all) in $(( $(date +%s) - start )) s"
measure large "$large"

echo
echo "| figure (median of $runs) | $small | $large | ratio |"
echo "|---|---|---|---|"
awk -v a="${json[small]}" -v b="${json[large]}" 'BEGIN { printf "| statistics JSON | %s ms | %s ms | %.2f |\n", a, b, b / a }'
awk -v a="${dash[small]}" -v b="${dash[large]}" 'BEGIN { printf "| staff dashboard | %s ms | %s ms | %.2f |\n", a, b, b / a }'
awk -v a="${direct[small]}" -v b="${direct[large]}" 'BEGIN { printf "| (direct GROUP BY, one run) | %s ms | %s ms | %.2f |\n", a, b, b / a }'

# The price of the summary on the submit path: single-row inserts, 4 clients, triggers on, then off.
echo
for mode in on off; do
  [[ $mode == off ]] && psql -q -c "ALTER TABLE application DISABLE TRIGGER USER"
  tps=$(pgbench -n -c 4 -j 2 -T 10 -f bench/insights-insert.sql 2>/dev/null | grep -o 'tps = [0-9.]*' | grep -o '[0-9.]*$')
  echo "single-row inserts, 4 clients, summary triggers $mode: $tps per second"
done
psql -q -c "ALTER TABLE application ENABLE TRIGGER USER"
