#!/usr/bin/env bash
# Logs in through the login form and prints one line per session: "<user> SESSION=<cookie> <csrf token>".
#   bench/login.sh USER COUNT [PASSWORD]     (USER may contain %d, replaced by 1..COUNT, for distinct people)
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
USER_PATTERN=$1; COUNT=${2:-1}; PASSWORD=${3:-Bench@2026}
login() {
  local user=$1 jar csrf
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' || true)
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$BASE/login" \
    --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf"
  # the session's own token for later POSTs (the layout puts it into hx-headers)
  local token
  token=$(curl -s -b "$jar" "$BASE/documents/search" | grep -o 'X-CSRF-TOKEN&quot;: &quot;[^&]*' | sed 's/.*&quot;//' | head -1 || true)
  local cookie
  cookie=$(awk '$6=="SESSION"{print $7}' "$jar")
  rm -f "$jar"
  [ -n "$cookie" ] && [ -n "$token" ] || { echo "login failed for $user" >&2; return 1; }
  echo "$user SESSION=$cookie $token"
}
for i in $(seq 1 "$COUNT"); do
  user=${USER_PATTERN//%d/$i}
  login "$user" &
  (( i % 8 == 0 )) && wait
done
wait
