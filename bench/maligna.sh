#!/usr/bin/env bash
# Times Tandem against maligna 3.0.1's Gale–Church on the same segmented pairs, interleaved, and prints
# the median wall time and peak RSS of each over RUNS runs. maligna is fetched and compiled into
# bench/maligna/target, never onto Tandem's class path.
#   bench/maligna.sh [SIZES] [RUNS]      e.g. bench/maligna.sh 9300 5
# The pairs are the ones `tandem bench speed` builds (written with --save); needs ../shared/corpora.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${1:-9300}"
runs="${2:-5}"
work="$home/bench/maligna/target"
mkdir -p "$work/classes" "$work/out"
if [ ! -d "$work/lib" ]; then
  (cd "$home/bench/maligna" && mvn -q -B -ntp dependency:copy-dependencies -DoutputDirectory=target/lib)
fi
javac -cp "$work/lib/*" -d "$work/classes" "$home/bench/maligna/MalignaGaleChurch.java"
"$home/tandem" bench speed --sizes "$sizes" --save "$work/pairs" >/dev/null
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for size in ${sizes//,/ }; do
  src="$work/pairs/$size.src.txt"; tgt="$work/pairs/$size.tgt.txt"
  : > "$work/tandem.times"; : > "$work/maligna.times"
  for run in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$home/tandem" align "$src" "$tgt" --segmented --source-lang en \
      --target-lang nl --formats jsonl -o "$work/out" --name "tandem-$size" -q >/dev/null
    cat "$work/t" >> "$work/tandem.times"
    /usr/bin/time -f "%e %M" -o "$work/t" java ${MALIGNA_JAVA_OPTS:--Xmx2g} -cp "$work/classes:$work/lib/*" \
      MalignaGaleChurch "$src" "$tgt" "$work/out/maligna-$size.beads"
    cat "$work/t" >> "$work/maligna.times"
  done
  tw=$(cut -d' ' -f1 "$work/tandem.times" | median); tm=$(cut -d' ' -f2 "$work/tandem.times" | median)
  mw=$(cut -d' ' -f1 "$work/maligna.times" | median); mm=$(cut -d' ' -f2 "$work/maligna.times" | median)
  printf '%s source segments, median of %s interleaved runs: tandem %.2f s %d MB, maligna %.2f s %d MB, ratio %.2f\n' \
    "$size" "$runs" "$tw" $((${tm%.*} / 1024)) "$mw" $((${mm%.*} / 1024)) "$(echo "$tw / $mw" | bc -l)"
done
