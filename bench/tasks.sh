#!/usr/bin/env bash
# For each session line on stdin ("user SESSION=... csrf"), the user's open document tasks from /api/v1/todo:
# prints "user SESSION=... csrf <document id> <task id>" per task, for bench/wrk/steps.lua.
# The API answers a page at a time (20 rows by default, at most 200): every page is read.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
COUNT=$(mktemp)
trap 'rm -f "$COUNT"' EXIT
while read -r user cookie csrf; do
  page=0
  while :; do
    curl -sf -b "$cookie" "$BASE/api/v1/todo?size=200&page=$page" | python3 -c '
import json, sys
user, cookie, csrf, count = sys.argv[1:5]
rows = json.load(sys.stdin)
for t in rows:
    key = t.get("businessKey") or ""
    if key.startswith("document:") and not t.get("candidate"):
        print(user, cookie, csrf, key.split(":")[1], t["taskId"])
open(count, "w").write(str(len(rows)))' "$user" "$cookie" "$csrf" "$COUNT"
    [ "$(cat "$COUNT")" -lt 200 ] && break
    page=$((page + 1))
  done
done
