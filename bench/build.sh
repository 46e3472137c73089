#!/usr/bin/env bash
# Compiles the application (if needed) and the bench tools against its classpath into target/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/org ] || mvn -q -o compile
mkdir -p target/bench/classes
[ -s target/bench/classpath.txt ] && [ target/bench/classpath.txt -nt pom.xml ] || \
  mvn -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench/classpath.txt
javac -nowarn -encoding UTF-8 -d target/bench/classes -cp "target/classes:$(cat target/bench/classpath.txt)" \
  $(find bench/src -name '*.java')
echo "target/bench/classes:target/classes:$(cat target/bench/classpath.txt)" > target/bench/run-classpath.txt
