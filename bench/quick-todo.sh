#!/usr/bin/env bash
# A quick look (not the city-scale benchmark of bench/README, still to come): against a running application with the
# demo city, give one person N open tasks through the API, then time their to-do list and one step.
#   mvn spring-boot:run -Dspring-boot.run.arguments=--zhengtong.demo=true   (in another terminal)
#   bench/quick-todo.sh [N]
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
N=${1:-200}
USER_PASS="czj.d1.clerk1:Demo@2026"
UNIT=$(curl -sf -u "$USER_PASS" "$BASE/api/v1/units" | python3 -c 'import json,sys; print([u["id"] for u in json.load(sys.stdin) if u["name"]=="市政府办公室"][0])')

echo "drafting $N documents (each leaves a 拟稿 task with the drafter)"
for i in $(seq 1 "$N"); do
  curl -sf -o /dev/null -u "$USER_PASS" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/documents" \
    -d "{\"type\":\"REQUEST\",\"title\":\"压测请示$i\",\"classification\":\"UNCLASSIFIED\",\"urgency\":\"NORMAL\",\"mainRecipients\":[$UNIT],\"issuerCode\":\"财预\",\"bodyHtml\":\"<p>正文</p>\"}"
done

percentiles() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.0f ms, p95 %.0f ms, max %.0f ms (n=%d)\n", a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[NR]*1000, NR}'; }

echo -n "GET /api/v1/todo with $N+ open tasks: "
for i in $(seq 1 50); do curl -sf -o /dev/null -w '%{time_total}\n' -u "$USER_PASS" "$BASE/api/v1/todo"; done | percentiles

echo -n "one step (send on 拟稿 → 部门审核) through the API: "
curl -sf -u "$USER_PASS" "$BASE/api/v1/todo" | python3 -c '
import json,sys
for item in json.load(sys.stdin)[:30]:
    print(item["businessKey"].split(":")[1], item["taskId"])' | while read -r doc task; do
  curl -sf -o /dev/null -w '%{time_total}\n' -u "$USER_PASS" -H 'Content-Type: application/json' \
    -X POST "$BASE/api/v1/documents/$doc/tasks/$task/send" -d '{"opinion":"请审核"}'
done | percentiles
