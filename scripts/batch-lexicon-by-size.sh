#!/usr/bin/env bash
# Measures at which corpus size a batch lexicon starts to pay: splits a `bench make` folder into
# groups of N documents (in name order), runs `bench run --end-to-end` on each group with and
# without --batch-lexicon, and pools the hits/predicted and found/relevant counts over the groups.
# Usage: scripts/batch-lexicon-by-size.sh BENCH_DIR "2 4 8 16 31 62" [SRC_LANG TGT_LANG]
set -euo pipefail
bench=$1; sizes=$2; sl=${3:-en}; tl=${4:-nl}
tandem="$(cd "$(dirname "$0")/.." && pwd)/tandem"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mapfile -t names < <(ls "$bench" | sed -n 's/\.gold$//p' | sort)
for n in $sizes; do
  for mode in default batch-lexicon; do
    : > "$work/scores"
    for ((start = 0; start < ${#names[@]}; start += n)); do
      group="$work/g$start"; mkdir -p "$group"
      for name in "${names[@]:start:n}"; do ln -sf "$bench/$name".* "$group/"; done
      extra=(); [ "$mode" = batch-lexicon ] && extra=(--batch-lexicon)
      "$tandem" bench run "$group" --end-to-end --source-lang "$sl" --target-lang "$tl" "${extra[@]}" 2>/dev/null \
        | awk '/^(beads strict|omission|addition|drift) /{print}' >> "$work/scores"
      rm -rf "$group"
    done
    awk -v n="$n" -v mode="$mode" '
      { key = ($1 == "beads") ? "strict" : $1; split($(NF-1), a, "/"); split($NF, b, "/");
        hit[key] += a[1]; pred[key] += a[2]; found[key] += b[1]; rel[key] += b[2] }
      END { printf "groups of %3d, %-13s", n, mode;
            split("strict omission addition drift", keys, " ");
            for (i = 1; i <= 4; i++) { k = keys[i]; p = hit[k] / pred[k]; r = found[k] / rel[k];
              printf "  %s F1 %.4f", k, 2 * p * r / (p + r) }
            printf "\n" }' "$work/scores"
  done
done
