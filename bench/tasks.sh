#!/usr/bin/env bash
# For each session line on stdin ("user SESSION=... csrf"), the user's open document tasks from /api/v1/todo:
# prints "user SESSION=... csrf <document id> <task id>" per task, for bench/wrk/steps.lua.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
while read -r user cookie csrf; do
  curl -sf -b "$cookie" "$BASE/api/v1/todo" | python3 -c '
import json, sys
user, cookie, csrf = sys.argv[1:4]
for t in json.load(sys.stdin):
    key = t.get("businessKey") or ""
    if key.startswith("document:") and not t.get("candidate"):
        print(user, cookie, csrf, key.split(":")[1], t["taskId"])' "$user" "$cookie" "$csrf"
done
