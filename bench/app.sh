#!/usr/bin/env bash
# Starts the application jar on the bench database, logging to target/bench/app.log; prints its pid.
# APP_NICE (default 5; bench/run-all.sh uses 0: the application is what its timed windows measure).
#   bench/app.sh [extra JVM options...]      e.g. bench/app.sh -XX:StartFlightRecording=filename=target/bench/todo.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls target/zhengtong-*.jar | head -1)
DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/zhengtong_bench}
PORT=${PORT:-8080}
# Memory: these settings keep the resident size under 1 GiB under the to-do load (bench/README.md, "Memory");
# JAVA_OPTS='-Xms512m -Xmx768m' is what the first runs used.
# Tighter (726 MiB, but possibly slower under load): -Xmx512m ... -Dserver.tomcat.threads.max=100.
MEMORY_OPTS="-Xms256m -Xmx640m -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m \
  -XX:MaxDirectMemorySize=64m -XX:+UseG1GC -XX:+UseStringDeduplication"
nohup nice -n "${APP_NICE:-5}" java ${JAVA_OPTS:-$MEMORY_OPTS} "$@" -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="$DB_URL" --spring.datasource.username="${DB_USER:-postgres}" \
  --zhengtong.search.index-dir="${INDEX_DIR:-target/bench/index}" --zhengtong.supervision.cron=- \
  --zhengtong.security.max-sessions-per-account=1000 \
  > target/bench/app.log 2>&1 &
echo $! > target/bench/app.pid
for i in $(seq 1 120); do
  if curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; then
    grep -o "Started ZhengTongApplication in [0-9.]* seconds" target/bench/app.log || true
    exit 0
  fi
  sleep 1
done
echo "application did not start; see target/bench/app.log" >&2; exit 1
