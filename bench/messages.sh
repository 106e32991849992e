#!/usr/bin/env bash
# Issue 15's figure: a message to N applicants (default 1,000) through the portal, against inserting the same N outbox
# rows with one plain INSERT … SELECT, in the same run, printed as a ratio.
#   portal   the admin's send (POST /staff/messages/calls/<slug>, timed by curl): the filter's recipients read through
#            ApplicationSearch.contacts, the e-mail rendered once per language, one outbox row per recipient and the
#            audit entry, all in one transaction, then the redirect
#   plain    one INSERT … SELECT copying exactly the rows that send wrote (same recipients, subjects and bodies)
# Each figure is the median of the runs after two warm-up runs (not counted: the first sends run on a cold JVM); the
# outbox is left to drain between runs, so the dispatcher's sending of the previous run does not share the cores with
# the next one.
#
# Usage: bench/messages.sh [runs, default 5] [applicants, default 1000]
# Needs: a built jar (built if missing), Debian's PostgreSQL 15 (installed if missing), curl.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
applicants=${2:-1000}
slug=bench-messages
admin_email=bench-admin@ministry.test
admin_password=bench-only-password-0123456789

source scripts/lib.sh
fault_setup
port=$(free_port)
base=http://127.0.0.1:$port
APP_BOOTSTRAP_ADMIN_EMAIL=$admin_email APP_BOOTSTRAP_ADMIN_PASSWORD=$admin_password \
  start_portal portal "$port" --portal.staff.require-second-factor-for-admin=false

# A call of its own with N applications (bench/insights-load.sh: realistic countries, kinds, a few withdrawn), their
# contacts spread over the five languages.
$PSQL -c "INSERT INTO call (slug, title_lt, title_en, title_pl, title_lv, title_et, opens_at, closes_at, time_zone,
                            budget_eur, private_share_pct, planned_gpus)
          VALUES ('$slug', 'Kvietimas', 'Call', 'Nabór', 'Konkurss', 'Taotlusvoor', now() - interval '1 day',
                  now() + interval '1 day', 'Europe/Vilnius', 0, 0, 0)"
PGHOST=127.0.0.1 PGPORT=$PGPORT PGUSER=postgres PGDATABASE=portal bench/insights-load.sh "$slug" 1 "$applicants"
# Nobody withdrawn, so that all N receive the message (a withdrawn applicant is left out unless chosen).
$PSQL -c "UPDATE application SET language = (ARRAY['lt', 'en', 'pl', 'lv', 'et'])[1 + id % 5],
                 status = CASE WHEN status = 'WITHDRAWN' THEN 'SUBMITTED' ELSE status END, withdrawn_at = NULL
          WHERE call_id = (SELECT id FROM call WHERE slug = '$slug')"

# A browser's way in: the CSRF token from each form, the session cookie.
cookies=$WORK/cookies
csrf_of() { grep -o "name=\"$1\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$cookies" -b "$cookies" "$base/staff/login" | csrf_of _csrf)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$admin_email" \
  --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$token" "$base/staff/login"

median() { sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }
: > "$WORK/portal.ms"; : > "$WORK/plain.ms"
for run in $(seq -1 "$runs"); do
  page=$(curl -s -c "$cookies" -b "$cookies" "$base/staff/messages/calls/$slug/new")
  token=$(csrf_of _csrf <<< "$page"); key=$(csrf_of key <<< "$page")
  [[ -n "$key" ]] || { echo "the message form did not open (signed in?)" >&2; exit 1; }
  answer=$(curl -s -o /dev/null -b "$cookies" -w '%{http_code} %{time_total} %{redirect_url}' \
    --data-urlencode "_csrf=$token" --data-urlencode "key=$key" --data-urlencode "subjectEn=Information day moved" \
    --data-urlencode "bodyEn=Dear applicant,

the information day moves to 3 September, same place and time." \
    --data-urlencode "subjectLt=Informacinė diena perkelta" \
    --data-urlencode "bodyLt=Gerbiamas pareiškėjau,

informacinė diena perkeliama į rugsėjo 3 d., ta pati vieta ir laikas." \
    "$base/staff/messages/calls/$slug")
  read -r status seconds location <<< "$answer"
  [[ "$status" == 302 && "$location" == */staff/messages/[0-9]* ]] || { echo "send answered $answer" >&2; exit 1; }
  id=${location##*/}
  recipients=$($PSQL -c "SELECT recipients FROM sent_message WHERE id = $id")
  queued=$($PSQL -c "SELECT count(*) FROM outbox_message WHERE template = 'messages/message'
                     AND created_at >= (SELECT sent_at FROM sent_message WHERE id = $id)")
  [[ "$queued" == "$recipients" ]] || { echo "message $id: $recipients recipients but $queued outbox rows" >&2; exit 1; }
  awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }' >> "$WORK/portal.ms"
  # The same rows again, by one statement (autocommit: its commit is in the time, as the portal's is), marked sent
  # so that nothing is mailed twice.
  $PSQL -c '\timing on' -c "INSERT INTO outbox_message (id, message_id, recipient, subject, html_body, text_body,
                                                     template, status, attempts, next_attempt_at, created_at)
      SELECT gen_random_uuid(), '<' || gen_random_uuid() || '@bench>', recipient, subject, html_body, text_body,
             'bench/plain', 'SENT', 0, now(), now()
      FROM outbox_message WHERE template = 'messages/message'
        AND created_at >= (SELECT sent_at FROM sent_message WHERE id = $id)" \
    | grep -o 'Time: [0-9.]*' | grep -o '[0-9.]*$' >> "$WORK/plain.ms"
  echo "run $run: $recipients recipients; portal $(tail -1 "$WORK/portal.ms") ms, INSERT … SELECT $(tail -1 "$WORK/plain.ms") ms"
  if (( run <= 0 )); then : > "$WORK/portal.ms"; : > "$WORK/plain.ms"; fi
  await_outbox_drained
done

portal_ms=$(median < "$WORK/portal.ms"); plain_ms=$(median < "$WORK/plain.ms")
echo
echo "| median of $runs, $recipients recipients | ms |"
echo "|---|---|"
echo "| message through the portal (one transaction) | $portal_ms |"
echo "| the same rows by one INSERT … SELECT | $plain_ms |"
awk -v a="$portal_ms" -v b="$plain_ms" 'BEGIN { printf "| ratio portal / plain | %.1f |\n", a / b }'
