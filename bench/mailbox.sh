#!/usr/bin/env bash
# Issue 12: "a mailbox of 10,000 messages opens its first page in under 200 ms". Fills its own PostgreSQL database
# (zhengtong_mailbench: the demo city, then N inbox messages of czj.d1.clerk1 written with SQL), starts the jar on it,
# and measures the inbox's first page as a page (/mail) and through the API (/api/v1/mail) with wrk at 1 and 10
# connections; the baseline, in the same run, is the first page's own SQL timed in psql.
#   bench/mailbox.sh                       N=10000 DURATION=15s by default; needs the jar (mvn package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
export WRK_DIR=bench/wrk
N=${N:-10000}; DURATION=${DURATION:-15s}; PORT=${PORT:-8091}; DB=zhengtong_mailbench
export BASE=http://localhost:$PORT
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -Atqc"
mkdir -p target/bench/mailbox
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

PORT=$PORT DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB INDEX_DIR=target/bench/mailbox/index APP_NICE=0 \
  bench/app.sh -Dzhengtong.demo=true -Dzhengtong.files.root=target/bench/mailbox/files
trap 'kill "$(cat target/bench/app.pid)" 2>/dev/null || true' EXIT

# N messages from czj.d1.clerk2, each in czj.d1.clerk1's inbox, one a minute back from now; a tenth unread
$PSQL "insert into mail_message (sender, sender_name, sender_unit_id, subject, body, sent_at, updated_at)
  select 'czj.d1.clerk2', '压测发件人', null, '关于第' || g || '期工作简报的通知', '<p>第' || g || '期工作简报，请查阅。</p>',
         now() - g * interval '1 minute', now() - g * interval '1 minute' from generate_series(1, $N) g"
$PSQL "insert into mail_entry (message_id, owner, box, folder_id, sorted_at, read_at, flagged)
  select id, 'czj.d1.clerk1', 'INBOX', null, sent_at, case when id % 10 = 0 then null else sent_at end, false
    from mail_message where sender_name = '压测发件人'"
$PSQL "analyze"
echo "inbox of czj.d1.clerk1: $($PSQL "select count(*) from mail_entry where owner = 'czj.d1.clerk1' and box = 'INBOX'") messages"

bench/login.sh czj.d1.clerk1 10 Demo@2026 > target/bench/mailbox/sessions.txt
: > target/bench/mailbox/results.txt
for path in /mail /api/v1/mail; do
  for conns in 1 10; do
    SESSIONS=target/bench/mailbox/sessions.txt wrk -t1 -c"$conns" -d"$DURATION" --timeout 10s -s bench/wrk/get.lua \
      "$BASE$path" | grep '^RESULT' | sed "s|^RESULT [^ ]*|RESULT mailbox-$path-$conns|" | tee -a target/bench/mailbox/results.txt
  done
done

# the baseline: the first page's SQL (20 newest entries with their messages), 200 times in one psql session
QUERY="select e.id, e.read_at, e.flagged, m.subject, m.sender_name, m.sent_at from mail_entry e
  join mail_message m on m.id = e.message_id where e.owner = 'czj.d1.clerk1' and e.box = 'INBOX'
  order by e.sorted_at desc limit 20"
START=$(date +%s%N)
for _ in $(seq 1 200); do echo "$QUERY;"; done | psql -h 127.0.0.1 -U postgres -d $DB -Atq > /dev/null
echo "RESULT baseline-first-page-sql $(( ($(date +%s%N) - START) / 200000 )) µs per query (200 in one session)" \
  | tee -a target/bench/mailbox/results.txt
$PSQL "explain analyze $QUERY" | tail -3 | tee -a target/bench/mailbox/results.txt
echo "load average: $(cat /proc/loadavg)" | tee -a target/bench/mailbox/results.txt
