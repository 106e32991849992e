#!/usr/bin/env bash
# Crash (issue 8): while clients submit applications and register for the demo meeting, the portal is killed with
# SIGKILL and restarted on the same data. Then: every application whose confirmation page was served is stored
# exactly once; confirmed seats never exceed capacity and every confirmation a client saw is still confirmed, once;
# the outbox resumes after the restart and every message reaches the mail sink (repeats counted by Message-ID).
#   scripts/crash.sh        about 2 minutes; needs the built jar (built if missing) and Debian's PostgreSQL 15
# Prints PASS/FAIL per property and exits non-zero when one fails. KEEP_WORK=1 keeps the logs.
cd "$(dirname "$0")/.."
source scripts/lib.sh
fault_setup
start_sink

CAPACITY=15
APP=$(free_port)
# A slow mail poll, so that the outbox holds messages when the kill comes.
PORTAL_ARGS=(--portal.demo.meeting-capacity=$CAPACITY --portal.mail.poll-interval=3s)
start_portal portal "$APP" "${PORTAL_ARGS[@]}"
echo "portal up on port $APP (PostgreSQL $PGPORT, mail sink $SINK_PORT), demo meeting capacity $CAPACITY"

# traffic ROUND SECONDS: 4 applicants and 4 registrants; each records the confirmations it was served.
traffic() {
  java -DpauseOnErrorMs=200 bench/SurgeDriver.java journey "http://127.0.0.1:$APP" demo 4 "$2" "$WORK/applications.$1" $((500000000 + $1 * 1000000)) > "$WORK/apply.$1" 2>&1 &
  APPLY=$!; track $APPLY
  java -DpauseOnErrorMs=200 bench/SurgeDriver.java register "http://127.0.0.1:$APP" demo-info 4 "$2" "$WORK/registrations.$1" $(($1 * 1000000)) > "$WORK/register.$1" 2>&1 &
  REGISTER=$!; track $REGISTER
}
# Round 1 is cut by the kill (its clients see errors until it ends); round 2 runs against the restarted portal.
traffic 1 40

# The kill comes once traffic is flowing: at least 15 applications and 15 registrations stored.
STORED="SELECT least((SELECT count(*) FROM application WHERE organisation_name LIKE 'Surge Test%'), (SELECT count(*) FROM meeting_registration WHERE email LIKE 'seat%'))"
until (( $($PSQL -c "$STORED") >= 15 )); do sleep 0.5; done
kill -9 "$PORTAL_PID"
wait "$PORTAL_PID" 2>/dev/null || true
KILLED_AT=$($PSQL -c "SELECT now()")
PENDING_AT_KILL=$($PSQL -c "SELECT count(*) FROM outbox_message WHERE status = 'PENDING'")
echo "SIGKILL mid-traffic: $($PSQL -c "SELECT count(*) FROM application WHERE organisation_name LIKE 'Surge Test%'") applications and $($PSQL -c "SELECT count(*) FROM meeting_registration WHERE email LIKE 'seat%'") registrations stored, $PENDING_AT_KILL e-mails waiting in the outbox"
sleep 2
start_portal portal "$APP" "${PORTAL_ARGS[@]}"
echo "restarted on the same data, up again after $(( $($PSQL -c "SELECT extract(epoch FROM now() - '$KILLED_AT'::timestamptz)::int") ))s"

wait $APPLY; wait $REGISTER
traffic 2 10
wait $APPLY; wait $REGISTER
for round in 1 2; do
  echo "round $round: applicants $(head -1 "$WORK/apply.$round" | cut -d' ' -f1-3), registrants $(cat "$WORK/register.$round")"
done
await_outbox_drained

# 1. Applications: acknowledged = a confirmation page with its reference was served.
cat "$WORK"/applications.* | sort > "$WORK/acknowledged"
$PSQL -c "SELECT reference FROM application WHERE organisation_name LIKE 'Surge Test%'" | sort > "$WORK/stored"
ACKNOWLEDGED=$(wc -l < "$WORK/acknowledged")
LOST=$(comm -23 <(sort -u "$WORK/acknowledged") "$WORK/stored" | wc -l)
DOUBLED=$(( ACKNOWLEDGED - $(sort -u "$WORK/acknowledged" | wc -l) + $($PSQL -c "SELECT count(*) - count(DISTINCT registry_code_normalised) FROM application WHERE organisation_name LIKE 'Surge Test%'") ))
echo "applications: $ACKNOWLEDGED acknowledged, $(wc -l < "$WORK/stored") stored, $LOST lost, $DOUBLED stored twice, $(comm -13 <(sort -u "$WORK/acknowledged") "$WORK/stored" | wc -l) stored but never acknowledged (the crash cut the response)"
check "every served application reference is stored exactly once" test $((ACKNOWLEDGED > 0 && LOST == 0 && DOUBLED == 0)) -eq 1

# 2. Seats: what the registrants were shown against what the database holds.
MEETING="(SELECT id FROM meeting WHERE slug = 'demo-info')"
CONFIRMED=$($PSQL -c "SELECT count(*) FROM meeting_registration WHERE meeting_id = $MEETING AND status = 'CONFIRMED' AND attendance = 'IN_PERSON'")
$PSQL -c "SELECT email || ' ' || status FROM meeting_registration WHERE meeting_id = $MEETING AND email LIKE 'seat%'" | sort > "$WORK/seats.db"
cat "$WORK"/registrations.* | grep ' CONFIRMED$' | sort > "$WORK/seats.seen" || true
SEEN=$(wc -l < "$WORK/seats.seen")
SEAT_LOST=$(comm -23 "$WORK/seats.seen" "$WORK/seats.db" | wc -l)
SEAT_DOUBLED=$($PSQL -c "SELECT count(*) - count(DISTINCT email_normalised) FROM meeting_registration WHERE meeting_id = $MEETING AND email LIKE 'seat%'")
echo "seats: capacity $CAPACITY, confirmed in the database $CONFIRMED, confirmations shown $SEEN, of which no longer confirmed $SEAT_LOST, registrations stored twice $SEAT_DOUBLED"
check "confirmed seats never exceed capacity" test "$CONFIRMED" -le $CAPACITY
check "every confirmation shown is still confirmed, none doubled" test $((SEEN > 0 && SEAT_LOST == 0 && SEAT_DOUBLED == 0)) -eq 1

# 3. Mail: queued before the kill, sent after the restart; every message at the sink once after de-duplication.
RESUMED=$($PSQL -c "SELECT count(*) FROM outbox_message WHERE created_at < '$KILLED_AT' AND sent_at > '$KILLED_AT'")
echo "outbox: $PENDING_AT_KILL waiting at the kill, $RESUMED queued before the kill and sent after the restart, $($PSQL -c "SELECT count(*) FROM outbox_message WHERE status = 'PENDING'") still waiting"
mail_accounting
check "the outbox resumes after the restart" test $((PENDING_AT_KILL > 0 && RESUMED >= PENDING_AT_KILL)) -eq 1
check "every message reaches the sink, once by Message-ID" test $((OUTBOX_ROWS > 0 && MISSING == 0 && NOT_QUEUED == 0 && DISTINCT == OUTBOX_ROWS)) -eq 1
finish
