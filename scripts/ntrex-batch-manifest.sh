#!/usr/bin/env bash
# Builds a COUNT-document manifest for `tandem batch` from NTREX dev: `bench make` damages NTREX's 62
# documents once per seed (1, 2, 3, …: each seed damages every document differently) until COUNT
# documents exist; the manifest lists NAME.src.txt/NAME.tgt.txt pairs, seed by seed in name order.
# Usage: scripts/ntrex-batch-manifest.sh COUNT OUT_DIR [CORPUS_DIR]
set -euo pipefail
count=$1; out=$2; corpus=${3:-$(cd "$(dirname "$0")/.." && pwd)/../shared/corpora/ntrex-en-nl-dev}
tandem="$(cd "$(dirname "$0")/.." && pwd)/tandem"
mkdir -p "$out"
manifest="$out/manifest.tsv"
printf 'source\ttarget\tname\n' > "$manifest"
listed=0; seed=1
while [ "$listed" -lt "$count" ]; do
  dir="$out/seed$seed"
  [ -d "$dir" ] || "$tandem" bench make "$corpus"/{en.txt,nl.txt,doc_ids.txt} "$dir" --seed "$seed" >/dev/null
  for src in "$dir"/*.src.txt; do
    [ "$listed" -lt "$count" ] || break
    name=$(basename "$src" .src.txt)
    printf 'seed%d/%s.src.txt\tseed%d/%s.tgt.txt\ts%d_%s\n' "$seed" "$name" "$seed" "$name" "$seed" "$name" >> "$manifest"
    listed=$((listed + 1))
  done
  seed=$((seed + 1))
done
echo "$manifest: $listed pairs from seeds 1 to $((seed - 1))"
