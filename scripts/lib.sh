# Shared by scripts/*.sh and bench/surge.sh (source it after cd to the project root): Debian's PostgreSQL 15 in a
# private data directory, the built jar, portal processes on free ports, a mail sink, and PASS/FAIL bookkeeping.
# Nothing here uses port 8080 or ./data.

PGBIN=/usr/lib/postgresql/15/bin

# Installs Debian's PostgreSQL 15 when the machine does not have it (a fresh Debian machine; no Docker needed).
ensure_postgres() {
  if [[ ! -x $PGBIN/postgres ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-client-15 >/dev/null
  fi
}

# Sets JAR to the built portal (or to $PORTAL_JAR when set), building it first when there is none.
ensure_jar() {
  JAR=${PORTAL_JAR:-$(ls target/consortium-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)}
  [[ -n "${PORTAL_JAR:-}" ]] && return
  [[ -n "$JAR" ]] || ./mvnw -B -ntp -q package -DskipTests
  JAR=$(ls target/consortium-portal-*.jar | grep -v original | head -1)
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# initdb and start: pg_init DATA_DIR PORT LOG [extra postgres options]. PostgreSQL as shipped (fsync on).
pg_init() {
  as_pg $PGBIN/initdb -D "$1" -U postgres --auth=trust -E UTF8 >/dev/null
  pg_start "$@"
}
# On failure the server's log is shown: a start that fails only now and then must say why.
pg_start() {
  as_pg $PGBIN/pg_ctl -D "$1" -o "-p $2 -k /tmp ${4:-}" -l "$3" -w start >/dev/null && return
  echo "PostgreSQL did not start on port $2; its log:" >&2; tail -20 "$3" >&2; return 1
}
pg_stop() { as_pg $PGBIN/pg_ctl -D "$1" -m fast stop >/dev/null 2>&1 || true; }

# A TCP port nothing listens on (never 8080), and not one already handed out by this script: ports are often chosen
# before whatever uses them listens (two nodes, the mail sink), so listening alone cannot tell.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    grep -qx "$port" "$WORK/ports" 2>/dev/null && continue
    (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null || { echo $port >> "$WORK/ports"; echo $port; return; }
  done
}

# For the fault scripts: a temporary work directory, PostgreSQL with a "portal" database in it, and clean-up of
# everything started here (processes by their own ids, then the directory) however the script ends.
fault_setup() {
  set -euo pipefail
  ensure_postgres
  ensure_jar
  WORK=$(mktemp -d /tmp/portal-fault.XXXXXX); chmod 755 "$WORK"; mkdir "$WORK/pg"; chmod 777 "$WORK/pg"
  PIDS=()
  FAILURES=0
  trap fault_cleanup EXIT
  PGDATA=$WORK/pg/data; PGPORT=$(free_port)
  # Once in a while (seen once in about twenty runs) the first start fails: try again, in a fresh directory and port.
  pg_init "$PGDATA" "$PGPORT" "$WORK/pg/pg.log" "-c max_connections=200" || {
    rm -rf "$PGDATA"; PGPORT=$(free_port)
    pg_init "$PGDATA" "$PGPORT" "$WORK/pg/pg.log" "-c max_connections=200"
  }
  PSQL="psql -h 127.0.0.1 -p $PGPORT -U postgres -v ON_ERROR_STOP=1 -qAt"
  $PSQL -c "CREATE DATABASE portal"
  PSQL="$PSQL -d portal"
}

fault_cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  pg_stop "$PGDATA"
  if [[ "${KEEP_WORK:-}" == 1 ]]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}

# Remembers a background process for clean-up: track PID.
track() { PIDS+=("$1"); }

# The mail sink (scripts/SmtpSink.java): sets SINK_PORT and SINK_LOG (one line per delivery: Message-ID, to, subject).
start_sink() {
  SINK_PORT=$(free_port); SINK_LOG=$WORK/sink.log; : > "$SINK_LOG"
  java scripts/SmtpSink.java "$SINK_PORT" "$SINK_LOG" > "$WORK/sink.out" 2>&1 &
  track $!
  until (exec 3<>/dev/tcp/127.0.0.1/$SINK_PORT) 2>/dev/null; do sleep 0.2; done
}

# start_portal NAME PORT [extra arguments]: the built jar on the "portal" database, mail to the sink when one runs,
# bot timer and rate limit off (the drivers post at machine speed from one address). Waits until health is UP and
# sets PORTAL_PID; the log is appended to $WORK/NAME.log, so a restart keeps the earlier lines.
start_portal() {
  local name=$1 port=$2; shift 2
  local mail=(--portal.mail.dir="$WORK/mail")
  # With SMTP the portal must be told its public address (links in e-mails); here it is the node's own port.
  [[ -n "${SINK_PORT:-}" ]] && mail=(--spring.mail.host=127.0.0.1 --spring.mail.port="$SINK_PORT" \
    --portal.mail.base-url="http://127.0.0.1:$port")
  java -Xmx512m -jar "$JAR" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/portal" --spring.datasource.username=postgres \
    --portal.bot.min-fill-seconds=0 --portal.rate-limit.enabled=false "${mail[@]}" \
    --logging.level.root=WARN --logging.level.eu.balticaigf=INFO "$@" >> "$WORK/$name.log" 2>&1 &
  PORTAL_PID=$!
  track $PORTAL_PID
  local deadline=$((SECONDS + 180))
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
    kill -0 $PORTAL_PID 2>/dev/null && (( SECONDS < deadline )) || { echo "portal $name did not start"; tail -30 "$WORK/$name.log"; exit 1; }
    sleep 0.3
  done
}

# Waits (up to 90 s) until the outbox has nothing left to send.
await_outbox_drained() {
  local deadline=$((SECONDS + 90))
  while (( $($PSQL -c "SELECT count(*) FROM outbox_message WHERE status = 'PENDING'") > 0 && SECONDS < deadline )); do sleep 1; done
}

# Mail accounting at the sink, by Message-ID: sets OUTBOX_ROWS, DELIVERIES, DISTINCT, REPEATS, MISSING, NOT_QUEUED.
# A repeat is a second delivery of the same Message-ID (a crash between the SMTP hand-over and the commit): the
# receiving side drops it, so what a recipient sees is DISTINCT messages.
mail_accounting() {
  $PSQL -c "SELECT message_id FROM outbox_message" | sort > "$WORK/outbox.ids"
  cut -f1 "$SINK_LOG" | sort > "$WORK/sink.ids"
  OUTBOX_ROWS=$(wc -l < "$WORK/outbox.ids")
  DELIVERIES=$(wc -l < "$WORK/sink.ids")
  DISTINCT=$(sort -u "$WORK/sink.ids" | wc -l)
  REPEATS=$((DELIVERIES - DISTINCT))
  MISSING=$(comm -23 "$WORK/outbox.ids" <(sort -u "$WORK/sink.ids") | wc -l)
  NOT_QUEUED=$(comm -13 "$WORK/outbox.ids" <(sort -u "$WORK/sink.ids") | wc -l)
  echo "mail: outbox $OUTBOX_ROWS messages; sink $DELIVERIES deliveries, $DISTINCT distinct Message-IDs, $REPEATS repeats (dropped by Message-ID), $MISSING never delivered, $NOT_QUEUED unknown"
}

# check "property" CONDITION_EXIT_STATUS: check "no lost references" test "$LOST" -eq 0
check() {
  local name=$1; shift
  if "$@"; then echo "PASS $name"; else echo "FAIL $name"; FAILURES=$((FAILURES + 1)); fi
}

finish() {
  if (( FAILURES > 0 )); then echo "$FAILURES propert$( ((FAILURES == 1)) && echo y || echo ies) FAILED"; exit 1; fi
  echo "all properties hold"
}
