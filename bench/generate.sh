#!/usr/bin/env bash
# Fills a database with a city at scale (bench/README.md). Usage:
#   bench/generate.sh [documents] [extra --spring/--zhengtong.bench arguments]
#   DB_URL=jdbc:h2:file:./data/bench bench/generate.sh 10000          # H2 instead of PostgreSQL
#   FRESH=1 bench/generate.sh 1000000    # drop and recreate the PostgreSQL database zhengtong_bench first
# Then the search index is rebuilt from the documents (with the application's own rebuild), the to-do table from the
# engine (java -jar ... --rebuild-todo; REBUILD_TODO=0 skips it; needs the jar: mvn package -DskipTests), PostgreSQL
# analyzes, and the times are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-1000000}; shift || true
DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/zhengtong_bench}
DB_USER=${DB_USER:-postgres}
INDEX_DIR=${INDEX_DIR:-target/bench/index}
if [[ "$DB_URL" == jdbc:postgresql:* ]]; then
  DB_NAME=${DB_URL##*/}; DB_NAME=${DB_NAME%%\?*}
  if [ "${FRESH:-0}" = 1 ]; then
    [ "$DB_NAME" = zhengtong_bench ] || { echo "FRESH only drops zhengtong_bench" >&2; exit 1; }
    psql -h 127.0.0.1 -U "$DB_USER" -qc "drop database if exists zhengtong_bench"
    rm -rf "$INDEX_DIR"
  fi
  psql -h 127.0.0.1 -U "$DB_USER" -qtc "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1 \
    || psql -h 127.0.0.1 -U "$DB_USER" -qc "create database $DB_NAME"
  URL="$DB_URL?reWriteBatchedInserts=true"
else
  URL="$DB_URL"
fi
bench/build.sh
START=$(date +%s)
nice -n 10 java -Xmx2g -cp "$(cat target/bench/run-classpath.txt)" org.zhengtong.bench.CityGenerator \
  --spring.datasource.url="$URL" --spring.datasource.username="$DB_USER" \
  --zhengtong.search.index-dir="$INDEX_DIR" --zhengtong.bench.documents="$DOCS" "$@"
echo "rebuilding the search index"
T=$(date +%s)
nice -n 10 java -Xmx2g -cp "$(cat target/bench/run-classpath.txt)" org.zhengtong.bench.IndexRebuild \
  --spring.datasource.url="$DB_URL" --spring.datasource.username="$DB_USER" --zhengtong.search.index-dir="$INDEX_DIR"
echo "search index rebuilt in $(( $(date +%s) - T )) s"
if [ "${REBUILD_TODO:-1}" = 1 ]; then
  # the generator wrote the finished documents' history behind the engine's back, so the to-do table (ADR 10) has
  # only the open items: rebuild it for complete 已办 / 我发起的 tabs (bench/todo-table.md), as an operator would
  echo "rebuilding the to-do table"
  T=$(date +%s)
  nice -n 10 java -Xmx1g -jar "$(ls target/zhengtong-*.jar | head -1)" --rebuild-todo --spring.datasource.url="$DB_URL" \
    --spring.datasource.username="$DB_USER" --zhengtong.search.index-dir="$INDEX_DIR-todo" --zhengtong.supervision.cron=- \
    > target/bench/rebuild-todo.log 2>&1 || { tail -30 target/bench/rebuild-todo.log; exit 1; }
  grep -v ' INFO \| WARN \|^\s' target/bench/rebuild-todo.log | tail -2
  echo "to-do table rebuilt in $(( $(date +%s) - T )) s"
fi
if [[ "$DB_URL" == jdbc:postgresql:* ]]; then
  # statistics for the planner (a server with autovacuum off, as a CI configuration may have, keeps none)
  psql -h 127.0.0.1 -U "$DB_USER" -d "$DB_NAME" -qc analyze
fi
echo "total: $DOCS documents in $(( $(date +%s) - START )) s"
