#!/usr/bin/env bash
# Runs every scenario of bench/README.md against the bench database (bench/generate.sh first) and writes
# target/bench/results.md. Needs wrk (apt-get install wrk), curl, python3, psql.
#   bench/run-all.sh                    DURATION=20s by default for each timed run
set -euo pipefail
cd "$(dirname "$0")/.."
export WRK_DIR=bench/wrk
DURATION=${DURATION:-20s}
BASE=${BASE:-http://localhost:8080}
DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/zhengtong_bench}
PSQL="psql -h 127.0.0.1 -U postgres -d ${DB_URL##*/} -Atc"
OUT=target/bench/run
mkdir -p $OUT
: > $OUT/results.txt
bench/build.sh
[ -f target/zhengtong-*.jar ] 2>/dev/null || ls target/zhengtong-*.jar >/dev/null

UNITS=$($PSQL "select count(*) from org_unit where code like 'u%'")
FINISHED=$($PSQL "select count(*) from doc_document where status = 'FINISHED'")
DOCS=$($PSQL "select count(*) from doc_document")
OPEN=$($PSQL "select count(*) from act_ru_task")
echo "dataset: $DOCS documents ($FINISHED finished), $OPEN open tasks, $UNITS units"

if [ -f target/bench/app.pid ] && kill -0 "$(cat target/bench/app.pid)" 2>/dev/null; then
  kill "$(cat target/bench/app.pid)"; sleep 3
fi
START_LINE=$(bench/app.sh ${APP_OPTS:-})
echo "$START_LINE"
PID=$(cat target/bench/app.pid)
START_S=$(echo "$START_LINE" | grep -o '[0-9.]*' | head -1)

# memory while under load: the largest resident size seen, sampled every second
( peak=0; while kill -0 "$PID" 2>/dev/null; do r=$(ps -o rss= -p "$PID" | tr -d ' '); [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > $OUT/rss-peak-kb; sleep 1; done ) &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true' EXIT

echo "logging in: 500 sessions of the busy person, the 50 unit administrators"
bench/login.sh u01.d1.chief 500 > $OUT/busy-sessions.txt
for i in $(seq -w 1 "$UNITS"); do echo "u$i.office"; done | while read -r u; do bench/login.sh "$u" 1; done > $OUT/office-sessions.txt
wc -l $OUT/busy-sessions.txt $OUT/office-sessions.txt

wrkrun() { # name connections script url [extra env]
  local name=$1 conns=$2 script=$3 url=$4
  nice -n 10 wrk -t2 -c"$conns" -d"$DURATION" --timeout 10s -s "$script" "$url" | tee -a $OUT/wrk-$name.log | grep '^RESULT' | sed "s/^RESULT [^ ]*/RESULT $name/" >> $OUT/results.txt
  tail -1 $OUT/results.txt
  # let the application drain what the last run left queued before the next one is measured
  sleep "${PAUSE:-15}"
}

echo "warm-up"
SESSIONS=$OUT/busy-sessions.txt NAME=warm nice -n 10 wrk -t2 -c20 -d10s -s bench/wrk/get.lua "$BASE/api/v1/todo" > /dev/null
SESSIONS=$OUT/busy-sessions.txt NAME=warm nice -n 10 wrk -t2 -c20 -d10s -s bench/wrk/get.lua "$BASE/todo" > /dev/null

echo "(a) to-do window of the busy person"
for c in 50 200 500; do
  head -n $c $OUT/busy-sessions.txt > $OUT/sessions-$c.txt
  SESSIONS=$OUT/sessions-$c.txt wrkrun "todo-api-$c" $c bench/wrk/get.lua "$BASE/api/v1/todo"
  SESSIONS=$OUT/sessions-$c.txt wrkrun "todo-html-$c" $c bench/wrk/get.lua "$BASE/todo"
done

echo "(c) opening a finished document with its history"
SESSIONS=$OUT/office-sessions.txt UNITS=$UNITS FINISHED=$FINISHED wrkrun "document-page-50" 50 bench/wrk/document.lua "$BASE/"
SESSIONS=$OUT/office-sessions.txt UNITS=$UNITS FINISHED=$FINISHED DOC_PATH=/api/v1/documents/ \
  wrkrun "document-api-50" 50 bench/wrk/document.lua "$BASE/"

echo "(d) full-text search"
SESSIONS=$OUT/office-sessions.txt wrkrun "search-api-50" 50 bench/wrk/search.lua "$BASE/"

echo "(b) completing steps through the API: the open tasks of units 2-25's heads, office directors and secretaries"
half=$(( (UNITS + 1) / 2 ))
for i in $(seq 2 $half); do n=$(printf %02d $i); echo "u$n.head"; echo "u$n.office"; echo "u$n.secretary"; done \
  | while read -r u; do bench/login.sh "$u" 1; done > $OUT/step-sessions.txt
bench/tasks.sh < $OUT/step-sessions.txt | shuf > $OUT/tasks.txt
echo "$(wc -l < $OUT/tasks.txt) tasks"
TASKS=$OUT/tasks.txt bench/steps.sh 8 steps-api-8 | tee $OUT/steps.log | grep "^RESULT" >> $OUT/results.txt; cat $OUT/steps.log

kill $SAMPLER 2>/dev/null || true
RSS_MB=$(( $(cat $OUT/rss-peak-kb) / 1024 ))

echo "baseline: the same work on the engine and database directly (units $((half + 1))-$UNITS for the steps)"
BASELINE_USERS=$(for i in $(seq $((half + 1)) "$UNITS"); do n=$(printf %02d $i); echo -n "u$n.head,u$n.office,u$n.secretary,"; done)
S=${DURATION%s}
nice -n 10 java -Xmx768m -cp "$(cat target/bench/run-classpath.txt)" org.zhengtong.bench.Baseline \
  --spring.datasource.url="$DB_URL" --spring.datasource.username=postgres --zhengtong.search.index-dir=target/bench/index-baseline \
  todo-query u01.d1.chief 50 "$S" \; todo-query u01.d1.chief 200 "$S" \; todo-query u01.d1.chief 500 "$S" \; \
  todo-sql u01.d1.chief 50 "$S" \; todo-sql u01.d1.chief 200 "$S" \; todo-sql u01.d1.chief 500 "$S" \; \
  todo-table u01.d1.chief 50 "$S" \; todo-table u01.d1.chief 200 "$S" \; todo-table u01.d1.chief 500 "$S" \; \
  history "$UNITS" "$FINISHED" 50 "$S" \; complete "${BASELINE_USERS%,}" 8 \
  2>&1 | tee $OUT/baseline.log | grep '^RESULT' >> $OUT/results.txt

python3 bench/report.py $OUT/results.txt "$DOCS" "$FINISHED" "$OPEN" "$START_S" "$RSS_MB" > target/bench/results.md
cat target/bench/results.md
