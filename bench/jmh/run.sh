#!/usr/bin/env bash
# JMH benchmarks of the aligner's hot paths (the band search, the overlap count, a whole alignment) on a
# damaged pair that `tandem bench speed --save` builds from NTREX dev (needs ../shared/corpora).
#   bench/jmh/run.sh [SIZE] [JMH OPTIONS...]      e.g. bench/jmh/run.sh 9300 -f 1 -wi 2 -i 5
# Without JMH options: one fork, 2 warm-up and 5 measured iterations of each benchmark.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/../.." && pwd)"
size="${1:-9300}"
shift || true
work="$here/target"
mkdir -p "$work/classes"
if [ ! -d "$work/lib" ]; then
  (cd "$here" && mvn -q -B -ntp dependency:copy-dependencies -DoutputDirectory=target/lib)
fi
"$home/tandem" --version >/dev/null   # builds the jar when it is missing or stale
jar="$home/target/tandem-0.1.0.jar"
processors="$(find "$work/lib" -name '*.jar' | sort | paste -sd: -)"   # -processorpath takes no wildcard
javac -cp "$jar:$work/lib/*" -processorpath "$processors" -d "$work/classes" \
  $(find "$here/src/main/java" -name '*.java')
if [ ! -f "$work/pairs/$size.src.txt" ]; then
  "$home/tandem" bench speed --sizes "$size" --save "$work/pairs" >/dev/null
fi
if [ $# -eq 0 ]; then set -- -f 1 -wi 2 -i 5; fi
exec java -cp "$work/classes:$jar:$work/lib/*" org.openjdk.jmh.Main \
  -p source="$work/pairs/$size.src.txt" -p target="$work/pairs/$size.tgt.txt" "$@"
