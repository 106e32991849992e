#!/usr/bin/env bash
# Database outage (issue 8): PostgreSQL stops for 30 s while clients use the portal. During the outage public pages
# answer the translated 503 page (no stack trace) and /actuator/health reports DOWN with 503; when PostgreSQL
# returns the portal recovers by itself, without a restart: pages 200, health UP, a new application goes through.
#   scripts/db-outage.sh    about 2 minutes; needs the built jar (built if missing) and Debian's PostgreSQL 15
# Prints PASS/FAIL per property and exits non-zero when one fails. KEEP_WORK=1 keeps the logs.
cd "$(dirname "$0")/.."
source scripts/lib.sh
fault_setup

APP=$(free_port); BASE="http://127.0.0.1:$APP"
start_portal portal "$APP"
echo "portal up on port $APP (PostgreSQL $PGPORT)"
PAGES=(/ /calls/demo /calls/demo/apply /meetings/demo-info/register)

# fetch PAGE [BODY_FILE]: the status of a page as a Lithuanian browser asks for it
fetch() { curl -s --max-time 60 -o "${2:-/dev/null}" -w '%{http_code}' -H 'Accept: text/html' -H 'Accept-Language: lt' "$BASE$1"; }

# Background clients for the whole run: one GET of each page every 0.5 s, status codes recorded.
(while :; do for page in "${PAGES[@]}"; do fetch "$page" >> "$WORK/traffic"; echo >> "$WORK/traffic"; done; sleep 0.5; done) &
track $!
java bench/SurgeDriver.java journey "$BASE" demo 1 5 "$WORK/before.refs" 700000000 > "$WORK/before.out"
echo "before the outage: $(cut -d' ' -f1-3 "$WORK/before.out")"

pg_stop "$PGDATA"
STOPPED=$SECONDS
echo "PostgreSQL stopped"
sleep 2
# All at once: with the database gone a request waits for a connection (spring.datasource.hikari.connection-timeout,
# 10 s).
STARTED=$SECONDS
for i in "${!PAGES[@]}"; do fetch "${PAGES[$i]}" "$WORK/body$i" > "$WORK/status$i" & done
HEALTH=$(curl -s --max-time 60 -o "$WORK/health" -w '%{http_code}' "$BASE/actuator/health")
wait_for_pages() { local i; for i in "${!PAGES[@]}"; do while [[ ! -s "$WORK/status$i" ]]; do sleep 0.2; done; done; }
wait_for_pages
echo "  answers after $((SECONDS - STARTED)) s:"
PAGE_OK=1
for i in "${!PAGES[@]}"; do
  status=$(cat "$WORK/status$i")
  translated=$(grep -c 'Atsiprašome, paslauga šiuo metu nepasiekiama' "$WORK/body$i" || true)
  leaked=$(grep -ciE 'exception|at org\.|at java\.|PSQL|jdbc' "$WORK/body$i" || true)
  echo "  GET ${PAGES[$i]} -> $status, translated 503 text: $translated, stack trace or driver text: $leaked"
  [[ $status == 503 && $translated -ge 1 && $leaked == 0 ]] || PAGE_OK=0
done
# A visitor with a session cookie: the session is read from PostgreSQL by a filter, before any page code runs.
COOKIE="SESSION=$(printf '%s' 'a1b2c3d4-0000-4000-8000-000000000000' | base64)"
status=$(curl -s --max-time 60 -o "$WORK/body-session" -w '%{http_code}' -H 'Accept: text/html' -H 'Accept-Language: lt' \
  -H "Cookie: $COOKIE" "$BASE/calls/demo")
translated=$(grep -c 'Atsiprašome, paslauga šiuo metu nepasiekiama' "$WORK/body-session" || true)
echo "  GET /calls/demo with a session cookie -> $status, translated 503 text: $translated"
[[ $status == 503 && $translated -ge 1 ]] || PAGE_OK=0
echo "  GET /actuator/health -> $HEALTH $(cat "$WORK/health")"
check "during the outage public pages answer the translated 503 page, no stack trace (with a session cookie too)" test $PAGE_OK -eq 1
check "during the outage health reports DOWN (503)" test $((HEALTH == 503)) -eq 1 -a "$(grep -c DOWN "$WORK/health")" -ge 1

(( SECONDS - STOPPED < 30 )) && sleep $((30 - (SECONDS - STOPPED)))
pg_start "$PGDATA" "$PGPORT" "$WORK/pg/pg.log" "-c max_connections=200"
echo "PostgreSQL back after $((SECONDS - STOPPED)) s"
BACK=$SECONDS
until [[ $(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$BASE/actuator/health") == 200 ]] || (( SECONDS - BACK > 120 )); do sleep 0.5; done
HEALTH_UP=$(curl -s "$BASE/actuator/health")
echo "health $HEALTH_UP $((SECONDS - BACK)) s after PostgreSQL returned"
RECOVERED=1
for page in "${PAGES[@]}"; do status=$(fetch "$page"); echo "  GET $page -> $status"; [[ $status == 200 ]] || RECOVERED=0; done
java bench/SurgeDriver.java journey "$BASE" demo 2 10 "$WORK/after.refs" 800000000 > "$WORK/after.out"
NEW=$(cat "$WORK/after.refs" | wc -l)
STORED=$( (( NEW > 0 )) && $PSQL -c "SELECT count(*) FROM application WHERE reference IN ($(sed "s/.*/'&'/" "$WORK/after.refs" | paste -sd,))" || echo 0)
echo "after the outage: $(cut -d' ' -f1-3 "$WORK/after.out"), $STORED of $NEW references stored"
check "the portal recovers by itself: pages 200, health UP, a new application is stored" \
  test $((RECOVERED == 1 && NEW > 0 && STORED == NEW)) -eq 1 -a "$(grep -c UP <<<"$HEALTH_UP")" -ge 1
check "the same process served before, during and after (no restart)" kill -0 "$PORTAL_PID"
echo "background clients: $(sort "$WORK/traffic" | uniq -c | awk '{printf "%s x %s, ", $1, $2}')500s: $(grep -c '^500$' "$WORK/traffic" || true)"
check "no client ever saw a 500" test "$(grep -c '^500$' "$WORK/traffic" || true)" -eq 0
finish
