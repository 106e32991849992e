#!/usr/bin/env bash
# Deadline surge: the submit journey against the database's own single-insert limit, in one run on one machine.
#   bench/surge.sh          client counts 16, 64, 256, 20 s each
#   bench/surge.sh --quick  64 clients, 15 s (under 2 minutes in all)
#   add --profile to record the portal with JFR into target/surge/portal.jfr (read it with bench/JfrTop.java)
# Needs: a built jar (./mvnw -B -ntp package -DskipTests), Debian's PostgreSQL 15 (installed with apt if missing).
# Everything runs on this machine's cores, shared: PostgreSQL, the portal, pgbench and the driver, no pinning.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CLIENTS=(16 64 256); SECONDS_EACH=20; WARMUP=30; JFR=()
for arg in "$@"; do
  case $arg in
    --quick) CLIENTS=(64); SECONDS_EACH=15; WARMUP=15 ;;
    --profile) JFR=(-XX:StartFlightRecording=filename=target/surge/portal.jfr,settings=profile) ;;
    *) echo "usage: bench/surge.sh [--quick] [--profile]"; exit 2 ;;
  esac
done

source scripts/lib.sh
ensure_postgres
ensure_jar

WORK=$ROOT/target/surge; rm -rf "$WORK"; mkdir -p "$WORK"; chmod 777 "$WORK"
PGDATA=$WORK/pg; PGPORT=55432; APPPORT=18080
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
cleanup() {
  [[ -n "${APP_PID:-}" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  pg_stop "$PGDATA"
}
trap cleanup EXIT

# PostgreSQL as shipped: fsync and synchronous_commit on. Only the connection limit is raised for 256 clients.
pg_init "$PGDATA" $PGPORT "$WORK/pg.log" "-c max_connections=400 -c shared_buffers=256MB"
PSQL="psql -h 127.0.0.1 -p $PGPORT -U postgres -v ON_ERROR_STOP=1 -qAt"
$PSQL -c "CREATE DATABASE portal" -c "CREATE DATABASE baseline"
echo "fsync=$($PSQL -c 'SHOW fsync') synchronous_commit=$($PSQL -c 'SHOW synchronous_commit')"

# 1. Baseline: one durable single-row INSERT into a table as wide as an application row.
$PSQL -d baseline <<'SQL'
CREATE TABLE wide_row (
  id bigserial PRIMARY KEY, reference text UNIQUE, call_id bigint, status text, organisation_name text,
  country char(2), registry_code text, registry_code_normalised text, vat_number text, pic text, website text,
  category text, organisation_size text, contact_name text, contact_email text, contact_phone text,
  contribution_areas text[], investment_intent_eur bigint, compute_demand_gpu_hours bigint, description text,
  consent_privacy_version text, consent_privacy_at timestamptz, consent_directory boolean, language char(2),
  access_token_hash text UNIQUE, submitted_at timestamptz, updated_at timestamptz, version int);
SQL
cat > "$WORK/insert.sql" <<'SQL'
INSERT INTO wide_row (reference, call_id, status, organisation_name, country, registry_code, registry_code_normalised,
  category, organisation_size, contact_name, contact_email, contribution_areas, investment_intent_eur,
  compute_demand_gpu_hours, description, consent_privacy_version, consent_privacy_at, consent_directory, language,
  access_token_hash, submitted_at, updated_at, version)
VALUES (md5(random()::text), 1, 'SUBMITTED', 'Surge Test UAB', 'LT', '123456789', '123456789', 'TECHNOLOGY_PROVIDER',
  'SMALL', 'Ona Bandomoji', 'ona@example.lt', ARRAY['COMPUTE_HARDWARE'], 1500000, 250000,
  'We build and operate GPU clusters for research and industry in the Baltic states and want to contribute.',
  '2025-07-28', now(), false, 'lt', md5(random()::text) || md5(random()::text), now(), now(), 1);
SQL
# CPU seconds (user + system) of the portal and of PostgreSQL (live processes, plus what exited backends left to the
# postmaster): with the driver's own figure, where each journey's CPU went on the shared cores.
cpu_of() { awk '{ printf "%.2f", ($14 + $15 + $16 + $17) / 100 }' "/proc/$1/stat"; }
pg_cpu() {
  local postmaster total pid; postmaster=$(head -1 "$PGDATA/postmaster.pid"); total=$(cpu_of "$postmaster")
  for pid in $(pgrep -P "$postmaster"); do total=$(calc "$total + $(cpu_of "$pid" 2>/dev/null || echo 0)"); done
  echo "$total"
}

declare -A BASE
TIMEFORMAT='%U %S'
for c in "${CLIENTS[@]}"; do
  pg0=$(pg_cpu)
  { time pgbench -h 127.0.0.1 -p $PGPORT -U postgres -n -c "$c" -j 2 -T "$SECONDS_EACH" -f "$WORK/insert.sql" baseline \
    > "$WORK/pgbench-$c.out" 2>/dev/null; } 2> "$WORK/pgbench-$c.time"
  pg1=$(pg_cpu)
  BASE[$c]=$(awk '/^tps/ {print int($3); exit}' "$WORK/pgbench-$c.out")
  read -r user system < "$WORK/pgbench-$c.time"
  inserts=$(awk '/number of transactions actually processed/ {print $NF}' "$WORK/pgbench-$c.out")
  echo "pgbench $c clients: ${BASE[$c]} inserts/s, $(calc "($pg1 - $pg0 + $user + $system) * 1000 / $inserts") ms CPU per insert (PostgreSQL + pgbench)"
done

# 2. The portal: the built jar on that database, bot timer and rate limit off (the driver is one address).
START=$(date +%s.%N)
java -Xmx1g "${JFR[@]}" -jar "$JAR" --server.port=$APPPORT \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/portal" --spring.datasource.username=postgres \
  --portal.bot.min-fill-seconds=0 --portal.rate-limit.enabled=false --portal.mail.dir="$WORK/mail" \
  --logging.level.root=WARN > "$WORK/portal.log" 2>&1 &
APP_PID=$!
until curl -sf "http://127.0.0.1:$APPPORT/actuator/health" >/dev/null; do
  kill -0 $APP_PID 2>/dev/null || { echo "portal did not start"; tail -30 "$WORK/portal.log"; exit 1; }
  sleep 0.2
done
STARTUP=$(calc "$(date +%s.%N) - $START")
echo "portal up in ${STARTUP}s"

# Warm-up: the JIT has not seen the code yet; these journeys are not counted.
java bench/SurgeDriver.java journey "http://127.0.0.1:$APPPORT" demo 16 "$WARMUP" "$WORK/warmup.refs" 900000000 >/dev/null

declare -A J
OFFSET=100000000
printf '\n%-8s %12s %10s %7s %8s %8s %7s %17s\n' clients pgbench/s journeys/s ratio p50_ms p99_ms errors 'CPU ms/journey'
printf '%-8s %12s %10s %7s %8s %8s %7s %17s\n' '' '' '' '' '' '' '' 'portal/driver/pg'
for c in "${CLIENTS[@]}"; do
  app0=$(cpu_of $APP_PID); pg0=$(pg_cpu)
  OUT=$(java bench/SurgeDriver.java journey "http://127.0.0.1:$APPPORT" demo "$c" "$SECONDS_EACH" "$WORK/run-$c.refs" $OFFSET)
  app1=$(cpu_of $APP_PID); pg1=$(pg_cpu)
  OFFSET=$((OFFSET + 100000000))
  journeys=$(sed -E 's/^journeys=([0-9]+).*/\1/' <<<"$OUT"); [[ $journeys -gt 0 ]] || journeys=1
  rate=$(sed -E 's/.* rate=([0-9.]+).*/\1/' <<<"$OUT"); p99=$(sed -E 's/.* p99=([0-9.]+).*/\1/' <<<"$OUT")
  p50=$(sed -E 's/.*submit_p50=([0-9.]+).*/\1/' <<<"$OUT"); errors=$(sed -E 's/.* errors=([0-9]+).*/\1/' <<<"$OUT")
  driver_ms=$(sed -E 's/.*driver_cpu_ms=([0-9]+).*/\1/' <<<"$OUT")
  cpu=$(printf '%.1f/%.1f/%.1f' "$(calc "($app1 - $app0) * 1000 / $journeys")" "$(calc "$driver_ms / $journeys")" "$(calc "($pg1 - $pg0) * 1000 / $journeys")")
  J[$c]="$rate $p99 $errors"
  printf '%-8s %12s %10s %7.2f %8s %8s %7s %17s\n' "$c" "${BASE[$c]}" "$rate" "$(calc "$rate / ${BASE[$c]}")" "$p50" "$p99" "$errors" "$cpu"
  echo "  $OUT" >> "$WORK/driver.log"
done

# 3. Accounting: every acknowledged reference is stored exactly once; stored rows nobody saw acknowledged are counted.
cat "$WORK"/run-*.refs "$WORK/warmup.refs" | sort > "$WORK/acknowledged"
$PSQL -d portal -c "SELECT a.reference FROM application a JOIN call c ON c.id = a.call_id WHERE c.slug = 'demo' AND a.organisation_name LIKE 'Surge Test%'" | sort > "$WORK/stored"
LOST=$(comm -23 <(sort -u "$WORK/acknowledged") "$WORK/stored" | wc -l)
DUPLICATES=$(( $(wc -l < "$WORK/acknowledged") - $(sort -u "$WORK/acknowledged" | wc -l) + $($PSQL -d portal -c "SELECT count(*) - count(DISTINCT (country, registry_code_normalised)) FROM application") ))
UNACKNOWLEDGED=$(comm -13 <(sort -u "$WORK/acknowledged") "$WORK/stored" | wc -l)
echo "acknowledged $(wc -l < "$WORK/acknowledged"), stored $(wc -l < "$WORK/stored"), lost $LOST, duplicates $DUPLICATES, stored but never acknowledged $UNACKNOWLEDGED"

# 4. The public call page against a static file from the same server.
PAGE=$(java bench/SurgeDriver.java get "http://127.0.0.1:$APPPORT/calls/demo" 64 10)
STATIC=$(java bench/SurgeDriver.java get "http://127.0.0.1:$APPPORT/assets/favicon.svg" 64 10)
page_rate=$(sed -E 's/.* rate=([0-9.]+).*/\1/' <<<"$PAGE"); static_rate=$(sed -E 's/.* rate=([0-9.]+).*/\1/' <<<"$STATIC")
printf 'call page %s/s, static file %s/s, ratio %.2f\n' "$page_rate" "$static_rate" "$(calc "$page_rate / $static_rate")"

# 5. Start-up and peak resident memory (VmHWM: the high-water mark of the portal's resident set).
echo "start-up ${STARTUP}s, peak RSS $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$APP_PID/status)"

C=64; read -r rate p99 errors <<<"${J[$C]}"
printf 'ratio %.2f (journeys/s %s vs pgbench inserts/s %s at %s clients), p99 %s ms, lost %s, duplicates %s\n' \
  "$(calc "$rate / ${BASE[$C]}")" "$rate" "${BASE[$C]}" "$C" "$p99" "$LOST" "$DUPLICATES"
