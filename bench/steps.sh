#!/usr/bin/env bash
# (b) Sends on every task of TASKS (lines "user SESSION=... csrf <doc> <task>", from bench/tasks.sh) with wrk and
# stops wrk (SIGINT) as soon as the engine has ended all of them, so wrk's requests/s is right; also prints the
# engine's own figure: steps/s = ended tasks / (last end - first end) from ACT_HI_TASKINST.
#   TASKS=t.txt bench/steps.sh <connections> [name]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNS=${1:-8}; NAME=${2:-steps-api-$CONNS}
BASE=${BASE:-http://localhost:8080}
DB=${DB:-zhengtong_bench}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -Atc"
export WRK_DIR=${WRK_DIR:-bench/wrk}
IDS=$(awk '{printf "%s'\''%s'\''", (NR>1?",":""), $5}' "$TASKS")
N=$(wc -l < "$TASKS")
LOG=target/bench/run/wrk-$NAME.log
TASKS=$TASKS THREADS=2 NAME=$NAME nice -n "${LOAD_NICE:-0}" wrk -t2 -c"$CONNS" -d600s --timeout 30s -s bench/wrk/steps.lua "$BASE/" > "$LOG" &
WRK=$!
last=-1; still=0
while kill -0 $WRK 2>/dev/null; do   # done when all ended, or nothing more ended for 5 s (refused steps)
  sleep 1
  ended=$($PSQL "select count(*) from act_hi_taskinst where id_ in ($IDS) and end_time_ is not null")
  if [ "$ended" = "$last" ]; then still=$((still + 1)); else still=0; last=$ended; fi
  if [ "$ended" -ge "$N" ] || [ "$still" -ge 5 ]; then sleep 1; kill -INT $WRK 2>/dev/null || true; break; fi
done
wait $WRK || true
grep '^RESULT' "$LOG"
$PSQL "select 'ENGINE $NAME ' || count(*) || ' steps in ' || round(extract(epoch from max(end_time_) - min(end_time_))::numeric, 1)
  || ' s = ' || round(count(*) / nullif(extract(epoch from max(end_time_) - min(end_time_)), 0)::numeric, 1) || ' steps/s'
  from act_hi_taskinst where id_ in ($IDS) and end_time_ is not null"
