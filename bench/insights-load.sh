#!/usr/bin/env bash
# Loads COUNT generated applications into the call SLUG, numbered from FIRST, straight into PostgreSQL.
# Usage: bench/insights-load.sh SLUG FIRST COUNT   (connection from PGHOST, PGPORT, PGUSER, PGDATABASE)
# With the embedded default, the port is on line 4 of <portal.embedded-db.dir>/postmaster.pid.
set -euo pipefail
slug=${1:?call slug}
first=${2:?first sequence number}
count=${3:?how many}
here=$(cd "$(dirname "$0")" && pwd)
# In batches of 200,000: one huge INSERT would hold every new row's WAL and sort memory at once.
batch=200000
done_count=0
while (( done_count < count )); do
  n=$(( count - done_count < batch ? count - done_count : batch ))
  psql -v ON_ERROR_STOP=1 -q -v slug="$slug" -v first=$(( first + done_count )) -v count="$n" -f "$here/insights-load.sql"
  done_count=$(( done_count + n ))
done
# Fresh statistics and visibility map, as autovacuum would leave them shortly after a real surge.
psql -v ON_ERROR_STOP=1 -q -c "VACUUM (ANALYZE) application"
