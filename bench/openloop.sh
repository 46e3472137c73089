#!/usr/bin/env bash
# Open loop (constant arrival rate, no coordinated omission) GETs of one URL with bench/src/.../OpenLoop.java, a
# step per rate: each step prints "RESULT NAME-RATE achieved/s p50 p95 p99 errors requests" (ms) and an OPENLOOP
# line (p99.9, max, how often all connections were busy, the generator's CPU). wrk is closed-loop; wrk2 is not in
# Debian, hence this tool. The highest rate held = the last step with p99 <= 50 ms and 0 errors.
#   SESSIONS=s.txt bench/openloop.sh URL NAME [RATE...]      default rates 100 200 400 700 1000 1500 (req/s)
#   env: DURATION (per step, default 20s), CONNECTIONS (200), PAUSE_S (5), WARMUP_S (5), TIMEOUT_S (10),
#        STOP_AFTER (2: higher rates are skipped after this many missed steps in a row)
set -euo pipefail
cd "$(dirname "$0")/.."
URL=$1; NAME=$2; shift 2
RATES=${*:-100 200 400 700 1000 1500}
S=${DURATION:-20s}; S=${S%s}
[ -s target/bench/run-classpath.txt ] && [ -f target/bench/classes/org/zhengtong/bench/OpenLoop.class ] || bench/build.sh
# not niced: this is a timed window. A small serial-GC heap keeps the generator's share of the 2 cores low.
java -Xms64m -Xmx256m -XX:+UseSerialGC -cp "$(cat target/bench/run-classpath.txt)" org.zhengtong.bench.OpenLoop \
  "$URL" "$SESSIONS" "$NAME" "$S" $RATES
