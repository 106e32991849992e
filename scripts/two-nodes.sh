#!/usr/bin/env bash
# Two nodes (issue 8): two portal processes on different ports share one PostgreSQL. An application journey split
# across them (form from A, answers to B, submit to A: the signed form stamp and the CSRF token must hold on the other
# node) is stored exactly once; registrations for one meeting, split across both, never exceed its capacity; every
# outbox message is delivered once (mail sink, by Message-ID); each scheduled job runs once per period: the meeting
# reminder once per confirmed registrant (both nodes poll every 2 s) and the retention purge once per day (both nodes
# fire it every 2 s; scheduled_job_run records the winner).
#   scripts/two-nodes.sh    about 3 minutes; needs the built jar (built if missing) and Debian's PostgreSQL 15
# Prints PASS/FAIL per property and exits non-zero when one fails. KEEP_WORK=1 keeps the logs.
cd "$(dirname "$0")/.."
source scripts/lib.sh
fault_setup
start_sink

CAPACITY=10; SLUG=two-nodes
NODE_ARGS=(--portal.mail.poll-interval=500ms --portal.meeting.reminder-interval=2s "--portal.privacy.purge-cron=*/2 * * * * *")
A=$(free_port); B=$(free_port)
start_portal node-a "$A" "${NODE_ARGS[@]}"
# A meeting three hours ahead, so that its reminders are due at once (they go out 24 hours before).
$PSQL -c "INSERT INTO meeting (slug, title_lt, title_en, title_pl, title_lv, title_et, starts_at, ends_at, time_zone,
            venue, online, capacity_in_person, registration_opens_at, registration_closes_at)
          VALUES ('$SLUG', 'Du mazgai', 'Two nodes', 'Dwa węzły', 'Divi mezgli', 'Kaks sõlme', now() + interval '3 hours',
            now() + interval '5 hours', 'Europe/Vilnius', 'Vilnius', false, $CAPACITY, now() - interval '1 hour',
            now() + interval '2 hours')"
start_portal node-b "$B" "${NODE_ARGS[@]}"
echo "node A on port $A, node B on port $B, one PostgreSQL ($PGPORT), mail sink $SINK_PORT; meeting $SLUG, capacity $CAPACITY"

# 1. One applicant, no sticky sessions: the form from A, the answers to B, the check page's submit to A. First, so that
# its receipt is part of the mail accounting below.
SPLIT_N=900000001
SPLIT=$(java bench/SurgeDriver.java split "http://127.0.0.1:$A" "http://127.0.0.1:$B" demo $SPLIT_N 2>&1 || true)
SPLIT_REF=$(sed -n 's/^reference=//p' <<<"$SPLIT")
SPLIT_BY_REF=$($PSQL -c "SELECT count(*) FROM application WHERE reference = '${SPLIT_REF:-none}'")
SPLIT_BY_CODE=$($PSQL -c "SELECT count(*) FROM application WHERE registry_code = '$SPLIT_N'")
echo "split journey (form A, answers B, submit A): ${SPLIT}; stored: $SPLIT_BY_REF by its reference, $SPLIT_BY_CODE by its registry code"
check "an application journey split across the nodes is stored exactly once under the reference shown" \
  test $((SPLIT_BY_REF == 1 && SPLIT_BY_CODE == 1)) -eq 1

java bench/SurgeDriver.java register "http://127.0.0.1:$A" $SLUG 6 30 "$WORK/seats-a" 0 > "$WORK/register-a.out" 2>&1 &
DA=$!; track $DA
java bench/SurgeDriver.java register "http://127.0.0.1:$B" $SLUG 6 30 "$WORK/seats-b" 100000000 > "$WORK/register-b.out" 2>&1 &
DB=$!; track $DB
wait $DA; wait $DB
echo "clients of node A: $(cat "$WORK/register-a.out")"
echo "clients of node B: $(cat "$WORK/register-b.out")"
sleep 6   # reminders (every 2 s on each node) and the mail poll catch up
await_outbox_drained

# 2. Seats.
MEETING="(SELECT id FROM meeting WHERE slug = '$SLUG')"
CONFIRMED=$($PSQL -c "SELECT count(*) FROM meeting_registration WHERE meeting_id = $MEETING AND status = 'CONFIRMED'")
TOTAL=$($PSQL -c "SELECT count(*) FROM meeting_registration WHERE meeting_id = $MEETING")
cat "$WORK/seats-a" "$WORK/seats-b" | grep ' CONFIRMED$' | sort > "$WORK/seats.seen" || true
$PSQL -c "SELECT email || ' ' || status FROM meeting_registration WHERE meeting_id = $MEETING" | sort > "$WORK/seats.db"
SEEN=$(wc -l < "$WORK/seats.seen"); SEAT_LOST=$(comm -23 "$WORK/seats.seen" "$WORK/seats.db" | wc -l)
echo "seats: $TOTAL registrations, $CONFIRMED confirmed of capacity $CAPACITY, $SEEN confirmations shown ($(grep -c ' CONFIRMED$' "$WORK/seats-a" || true) by node A, $(grep -c ' CONFIRMED$' "$WORK/seats-b" || true) by node B), $SEAT_LOST of them not confirmed in the database"
check "registrations split across both nodes never exceed capacity" test $((TOTAL > CAPACITY && CONFIRMED <= CAPACITY)) -eq 1
check "every confirmation shown by either node is confirmed in the database" test $((SEEN == CONFIRMED && SEAT_LOST == 0)) -eq 1

# 3. Mail: both nodes' dispatchers poll the same outbox.
mail_accounting
check "each outbox message is delivered once (no repeats)" test $((OUTBOX_ROWS > 0 && MISSING == 0 && NOT_QUEUED == 0 && REPEATS == 0)) -eq 1

# 4. Scheduled jobs.
REMINDED=$($PSQL -c "SELECT count(*) FROM meeting_registration WHERE meeting_id = $MEETING AND status = 'CONFIRMED' AND reminded_at IS NOT NULL")
REMINDERS=$($PSQL -c "SELECT count(*) FROM outbox_message WHERE template = 'meeting/reminder'")
REMINDER_RECIPIENTS=$($PSQL -c "SELECT count(DISTINCT recipient) FROM outbox_message WHERE template = 'meeting/reminder'")
REMINDER_LOGS=$(cat "$WORK/node-a.log" "$WORK/node-b.log" | grep -c 'Queued .* meeting reminders' || true)
echo "reminders: $REMINDERS queued for $REMINDER_RECIPIENTS recipients, $CONFIRMED confirmed registrants, $REMINDED marked reminded; runs that queued some: node A $(grep -c 'Queued .* meeting reminders' "$WORK/node-a.log" || true), node B $(grep -c 'Queued .* meeting reminders' "$WORK/node-b.log" || true)"
check "the reminder job reminds each confirmed registrant once across both nodes" test $((CONFIRMED > 0 && REMINDERS == CONFIRMED && REMINDER_RECIPIENTS == CONFIRMED && REMINDED == CONFIRMED)) -eq 1
PURGE_CLAIMS=$($PSQL -c "SELECT job || ' ' || period FROM scheduled_job_run WHERE job = 'retention-purge'")
PURGE_A=$(grep -c 'Retention purge erased' "$WORK/node-a.log" || true); PURGE_B=$(grep -c 'Retention purge erased' "$WORK/node-b.log" || true)
echo "retention purge: scheduled_job_run rows: [$PURGE_CLAIMS]; runs logged: node A $PURGE_A, node B $PURGE_B (both nodes fire it every 2 s)"
check "the retention purge runs once per period across both nodes" test $(( $(grep -c . <<<"$PURGE_CLAIMS") == 1 && PURGE_A + PURGE_B == 1 )) -eq 1
finish
