#!/usr/bin/env bash
# Deadline surge (issue 20), every figure a ratio against a ceiling measured in the same run on the same machine:
#   page ratio         each public page of the journey (call page, form, check answers, confirmation) against a static
#                      file with the same bytes, served by the same server to the same driver (goal >= 0.5)
#   journey ratio      application journeys/s against the "static journey": the same responses, byte for byte, fetched
#                      as static files in the same order (goal >= 0.5)
#   registration ratio meeting registrations/s against application journeys/s, both at 64 users (goal >= 1), with
#                      confirmed in-person seats never above the capacity
#   open loop          arrivals on a schedule at 60 journeys/s, the rate at which the UK voter-registration site failed
#                      in June 2016: p99 of every request (goal <= 250 ms), 0 errors
#   lost / duplicates  every acknowledged reference stored exactly once (goal 0 and 0)
# pgbench's single-row inserts stay as context for the database's own limit.
#   bench/surge.sh          16 and 64 users, 20 s each; open loop 20 s
#   bench/surge.sh --quick  64 users, 10 s each; open loop 10 s
#   add --profile to record the portal with JFR into target/surge/portal.jfr (read it with bench/JfrTop.java)
# Needs: a built jar (./mvnw -B -ntp package -DskipTests), Debian's PostgreSQL 15 (installed with apt if missing).
# Everything runs on this machine's cores, shared: PostgreSQL, the portal, pgbench and the driver, no pinning.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CLIENTS=(16 64); SECONDS_EACH=20; WARMUP=30; OPEN_SECONDS=20; JFR=()
for arg in "$@"; do
  case $arg in
    --quick) CLIENTS=(64); SECONDS_EACH=10; WARMUP=15; OPEN_SECONDS=10 ;;
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

# 2. The portal: the built jar on that database, bot timer and rate limit off (the driver is one address). Static files
# are served from the jar and from $WORK/static (the bench's copies of the pages, for the ratios).
STATIC=$WORK/static/assets; mkdir -p "$STATIC/bench"
START=$(date +%s.%N)
java -Xmx1g "${JFR[@]}" -jar "$JAR" --server.port=$APPPORT \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/portal" --spring.datasource.username=postgres \
  --portal.bot.min-fill-seconds=0 --portal.rate-limit.enabled=false --portal.mail.dir="$WORK/mail" \
  --spring.web.resources.static-locations="classpath:/static/,file:$STATIC/" \
  --logging.level.root=WARN > "$WORK/portal.log" 2>&1 &
APP_PID=$!
BASE=http://127.0.0.1:$APPPORT
until curl -sf "$BASE/actuator/health" >/dev/null; do
  kill -0 $APP_PID 2>/dev/null || { echo "portal did not start"; tail -30 "$WORK/portal.log"; exit 1; }
  sleep 0.2
done
STARTUP=$(calc "$(date +%s.%N) - $START")
echo "portal up in ${STARTUP}s"

# Registry codes must be unique across every round on this database: each round starts above the largest one stored.
next_offset() { echo $(( $($PSQL -d portal -c "SELECT coalesce(max(registry_code_normalised::bigint), 100000000) FROM application WHERE registry_code_normalised ~ '^[0-9]{9}$'") + 1 )); }
field() { sed -E "s/.*(^| )$1=([^ ]+).*/\2/" <<<"$2"; }

# Warm-up: the JIT has not seen the code yet; these journeys are not counted.
java bench/SurgeDriver.java journey "$BASE" demo 16 "$WARMUP" "$WORK/warmup.refs" "$(next_offset)" >/dev/null

# 3. Pages against static files with the same bytes.
CAPTURE=$(java bench/SurgeDriver.java capture "$BASE" demo "$(next_offset)" "$STATIC/bench")
CHECK=$(field check "$CAPTURE"); CONFIRMATION=$(field confirmation "$CAPTURE")
curl -sf "$BASE/calls/demo" -o "$STATIC/bench/call.html"
JOURNEY_FILES=$(ls "$STATIC/bench"/journey-*.html | sort -V | sed "s|$STATIC|/assets|")
printf '\n%-14s %8s %8s %7s %9s\n' page bytes page/s static/s ratio
PAGE_RATIO=9
for entry in "call:/calls/demo:call.html" "form:/calls/demo/apply:journey-1.html" "check:$CHECK:journey-3.html" \
    "confirmation:$CONFIRMATION:journey-5.html"; do
  IFS=: read -r name path file <<<"$entry"
  page=$(java bench/SurgeDriver.java get "$BASE$path" 64 "$SECONDS_EACH"); static=$(java bench/SurgeDriver.java get "$BASE/assets/bench/$file" 64 "$SECONDS_EACH")
  ratio=$(calc "$(field rate "$page") / $(field rate "$static")")
  printf '%-14s %8s %8s %7s %9s\n' "$name" "$(stat -c %s "$STATIC/bench/$file")" "$(field rate "$page")" "$(field rate "$static")" "$ratio"
  PAGE_RATIO=$(awk -v a="$PAGE_RATIO" -v b="$ratio" 'BEGIN { print (b < a) ? b : a }')
done

# 4. Application journeys (closed loop: users who never pause) against the static journey, at each user count.
declare -A J
printf '\n%-8s %10s %10s %7s %8s %8s %7s %17s\n' users journeys/s static/s ratio p50_ms p99_ms errors 'CPU ms/journey'
printf '%-8s %10s %10s %7s %8s %8s %7s %17s\n' '' '' '' '' '' '' '' 'portal/driver/pg'
for c in "${CLIENTS[@]}"; do
  app0=$(cpu_of $APP_PID); pg0=$(pg_cpu)
  OUT=$(java bench/SurgeDriver.java journey "$BASE" demo "$c" "$SECONDS_EACH" "$WORK/run-$c.refs" "$(next_offset)")
  app1=$(cpu_of $APP_PID); pg1=$(pg_cpu)
  SJ=$(java bench/SurgeDriver.java static-journey "$BASE" "$c" "$SECONDS_EACH" $JOURNEY_FILES)
  journeys=$(field journeys "$OUT"); [[ $journeys -gt 0 ]] || journeys=1
  rate=$(field rate "$OUT"); static_rate=$(field rate "$SJ")
  cpu=$(printf '%.1f/%.1f/%.1f' "$(calc "($app1 - $app0) * 1000 / $journeys")" "$(calc "$(field driver_cpu_ms "$OUT") / $journeys")" "$(calc "($pg1 - $pg0) * 1000 / $journeys")")
  J[$c]="$rate $(calc "$rate / $static_rate")"
  printf '%-8s %10s %10s %7.2f %8s %8s %7s %17s\n' "$c" "$rate" "$static_rate" "$(calc "$rate / $static_rate")" \
    "$(field submit_p50 "$OUT")" "$(field p99 "$OUT")" "$(field errors "$OUT")" "$cpu"
  echo "  $OUT" >> "$WORK/driver.log"
done
read -r JOURNEY_RATE JOURNEY_RATIO <<<"${J[64]}"

# 5. Meeting registrations at 64 users against the application journeys: a meeting of 40 seats, so most wait.
REG=$(java bench/SurgeDriver.java register "$BASE" demo-info 64 "$SECONDS_EACH" "$WORK/registrations" "$(date +%s%N)")
REG_RATE=$(calc "$(field registrations "$REG") / $SECONDS_EACH")
CAPACITY=$($PSQL -d portal -c "SELECT capacity_in_person FROM meeting WHERE slug = 'demo-info'")
CONFIRMED=$($PSQL -d portal -c "SELECT count(*) FROM meeting_registration r JOIN meeting m ON m.id = r.meeting_id WHERE m.slug = 'demo-info' AND r.status = 'CONFIRMED' AND r.attendance = 'IN_PERSON'")
OVERBOOKED=$(( CONFIRMED > CAPACITY ? CONFIRMED - CAPACITY : 0 ))
REG_RATIO=$(calc "$REG_RATE / $JOURNEY_RATE")
printf '\nregistrations %s/s (%s), confirmed in person %s of %s seats, overbooked %s, ratio to journeys %s\n' \
  "$REG_RATE" "$REG" "$CONFIRMED" "$CAPACITY" "$OVERBOOKED" "$REG_RATIO"

# 6. Open loop: arrivals on a schedule at 60 journeys/s.
OPEN=$(java bench/SurgeDriver.java open-loop "$BASE" demo 60 "$OPEN_SECONDS" "$WORK/open.refs" "$(next_offset)")
echo "open loop: $OPEN"
OPEN_P99=$(field p99 "$OPEN"); OPEN_ERRORS=$(field errors "$OPEN")

# 7. Accounting: every acknowledged reference is stored exactly once; stored rows nobody saw acknowledged are counted.
cat "$WORK"/run-*.refs "$WORK/warmup.refs" "$WORK/open.refs" | sort > "$WORK/acknowledged"
$PSQL -d portal -c "SELECT a.reference FROM application a JOIN call c ON c.id = a.call_id WHERE c.slug = 'demo' AND a.organisation_name LIKE 'Surge Test%'" | sort > "$WORK/stored"
LOST=$(comm -23 <(sort -u "$WORK/acknowledged") "$WORK/stored" | wc -l)
DUPLICATES=$(( $(wc -l < "$WORK/acknowledged") - $(sort -u "$WORK/acknowledged" | wc -l) + $($PSQL -d portal -c "SELECT count(*) - count(DISTINCT (country, registry_code_normalised)) FROM application") ))
UNACKNOWLEDGED=$(comm -13 <(sort -u "$WORK/acknowledged") "$WORK/stored" | wc -l)
echo "acknowledged $(wc -l < "$WORK/acknowledged"), stored $(wc -l < "$WORK/stored"), lost $LOST, duplicates $DUPLICATES, stored but never acknowledged $UNACKNOWLEDGED, open-loop errors $OPEN_ERRORS, overbooked $OVERBOOKED"

# 8. Start-up and peak resident memory (VmHWM: the high-water mark of the portal's resident set).
echo "start-up ${STARTUP}s, peak RSS $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$APP_PID/status)"

printf 'page ratio %.2f, journey ratio %.2f, registration ratio %.2f, open-loop p99 %s ms at 60/s, lost %s, duplicates %s\n' \
  "$PAGE_RATIO" "$JOURNEY_RATIO" "$REG_RATIO" "$OPEN_P99" "$LOST" "$DUPLICATES"
