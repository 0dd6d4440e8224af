#!/usr/bin/env bash
# Checks that `isnad extract --jsonl` runs in bounded memory: its maximum
# resident set must stay under LIMIT_MB on a corpus of MB megabytes, and must
# not grow with the corpus (compared with a run on a tenth of it).
#
#   scripts/memory-bound.sh [MB [LIMIT_MB]]      (defaults: 220 and 300)
#
# The corpus is built with ../shared/tools/make_corpus.py --jsonl from the dev
# articles when they exist, else by repeating the demo article. Set ISNAD to
# a binary to skip the release build, THREADS to pass --threads.
# Exits non-zero when a bound is broken or the output is not one line per
# input line.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mb=${1:-220}
limit=${2:-300}
growth=64   # MB the resident set may differ by between the small and the full corpus
isnad=${ISNAD:-}
if [[ -z $isnad ]]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    isnad=$root/target/release/isnad
fi
threads=()
[[ -n ${THREADS:-} ]] && threads=(--threads "$THREADS")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_corpus() { # OUT MB
    local tool=$root/../shared/tools/make_corpus.py dev=$root/../shared/corpus/dev
    if [[ -f $tool && -d $dev ]]; then
        python3 "$tool" --jsonl "$1" "$2" "$dev" 2>/dev/null
    else
        python3 - "$1" "$2" "$root/src/demo/article.txt" <<'PY'
import json, sys
out, mb, article = sys.argv[1], float(sys.argv[2]), open(sys.argv[3], encoding='utf-8').read()
target, total, i = int(mb * 1_000_000), 0, 0
with open(out, 'w', encoding='utf-8') as f:
    while total < target:
        f.write(json.dumps({'id': f'demo#{i}', 'text': article}, ensure_ascii=False) + '\n')
        total += len(article.encode('utf-8'))
        i += 1
PY
    fi
}

run() { # CORPUS -> prints "RSS_MB SECONDS"
    local lines
    lines=$(/usr/bin/time -v -o "$work/time" "$isnad" extract --jsonl --quiet "${threads[@]}" "$1" | wc -l)
    local want
    want=$(grep -c . "$1")
    if [[ $lines != "$want" ]]; then
        echo "memory-bound: $lines output lines for $want input lines" >&2
        exit 1
    fi
    if ! grep -q 'Exit status: 0' "$work/time"; then
        echo "memory-bound: isnad failed:" >&2
        cat "$work/time" >&2
        exit 1
    fi
    local kb secs
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    echo "$((kb / 1024)) $secs"
}

small_mb=$(awk -v m="$mb" 'BEGIN { print m / 10 }')
make_corpus "$work/small.jsonl" "$small_mb"
make_corpus "$work/full.jsonl" "$mb"
size_small=$(stat -c %s "$work/small.jsonl")
size_full=$(stat -c %s "$work/full.jsonl")

read -r rss_small secs_small < <(run "$work/small.jsonl")
read -r rss_full secs_full < <(run "$work/full.jsonl")
rm -f "$work/small.jsonl" "$work/full.jsonl"

rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }'; }
echo "corpus $((size_small / 1000000)) MB: max RSS ${rss_small} MB, ${secs_small} s, $(rate "$size_small" "$secs_small") MB/s"
echo "corpus $((size_full / 1000000)) MB: max RSS ${rss_full} MB, ${secs_full} s, $(rate "$size_full" "$secs_full") MB/s"

status=0
if ((rss_full > limit)); then
    echo "memory-bound: FAIL: max RSS ${rss_full} MB is above the bound of ${limit} MB" >&2
    status=1
fi
if ((rss_full - rss_small > growth)); then
    echo "memory-bound: FAIL: max RSS grew by $((rss_full - rss_small)) MB from the small corpus to the full one" >&2
    status=1
fi
((status == 0)) && echo "memory-bound: ok (bound ${limit} MB)"
exit $status
