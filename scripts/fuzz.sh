#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for a bounded time and reports, per
# target, the executions and the coverage libFuzzer reached.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 60 s, every target)
#
# Needs the nightly toolchain (`rustup toolchain install nightly`); installs
# cargo-fuzz with `cargo install cargo-fuzz --locked` when it is missing.
# Each target starts from fuzz/seeds/<target>/ (committed, composed inputs),
# fuzz/regressions/<target>/ (every input that ever failed) and its working
# corpus fuzz/corpus/<target>/ (not committed), where, when the project's
# dev set stands at ../shared/corpus/dev, a few of its paragraphs are put
# as extra seeds. Targets are built with debug assertions (overflow checks)
# and without AddressSanitizer: isnad has no unsafe code, and ASan would cost
# most of the executions (a stack overflow still aborts, and is reported).
#
# Exits non-zero when any target finds an input that fails (libFuzzer saves
# it in fuzz/artifacts/<target>/): copy it to fuzz/regressions/<target>/
# under a name saying what it shows, and add its cause to CAUSES in
# tests/fuzz_regressions.rs, which replays every regression on stable.
set -uo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
if [ "$#" -gt 0 ]; then targets=("$@"); else targets=(scan tokens extract jsonl); fi

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz.sh: the nightly toolchain is needed: rustup toolchain install nightly" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked || exit 2
fi

# A few paragraphs of the dev set as seeds (inputs only: never committed).
dev=../shared/corpus/dev
if [ -d "$dev" ] && command -v python3 >/dev/null; then
    python3 - "$dev" "${targets[@]}" <<'EOF'
import hashlib, json, os, sys
dev, targets = sys.argv[1], sys.argv[2:]
paragraphs = []
for name in sorted(os.listdir(dev)):
    if name.endswith('.txt'):
        with open(os.path.join(dev, name), encoding='utf-8') as f:
            paragraphs += [p.strip() for p in f.read().split('\n\n') if 40 < len(p.strip()) < 2000]
picked = paragraphs[:: max(1, len(paragraphs) // 30)][:30]
options = bytes([16, 0, 1, 4, 0])   # extract: default options (see ExtractCase::decode)
for target in targets:
    out = os.path.join('fuzz', 'corpus', target)
    os.makedirs(out, exist_ok=True)
    for i, p in enumerate(picked):
        data = p.encode('utf-8')
        if target == 'extract':
            data = options + data
        elif target == 'jsonl':
            data = json.dumps({'id': i, 'text': p}, ensure_ascii=False).encode('utf-8')
        name = 'dev-' + hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
print(f'fuzz.sh: {len(picked)} dev paragraphs added to each working corpus', file=sys.stderr)
EOF
fi

if ! cargo +nightly fuzz build --debug-assertions --sanitizer none; then
    echo "fuzz.sh: the fuzz targets do not build" >&2
    exit 2
fi

logs="$(mktemp -d)"
status=0
summary=()
for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target" "fuzz/seeds/$target" "fuzz/regressions/$target"
    echo "==> $target: ${seconds} s" >&2
    cargo +nightly fuzz run --debug-assertions --sanitizer none "$target" \
        "fuzz/corpus/$target" "fuzz/seeds/$target" "fuzz/regressions/$target" -- \
        -max_total_time="$seconds" -timeout=10 -dict=fuzz/dict/isnad.dict -print_final_stats=1 \
        >"$logs/$target.log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$target.log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$logs/$target.log" | tail -1 | grep -o '[0-9]*$')
    ft=$(grep -o 'ft: [0-9]*' "$logs/$target.log" | tail -1 | grep -o '[0-9]*$')
    if [ "$rc" -eq 0 ]; then
        result=ok
    else
        result="FAILED (exit $rc)"
        status=1
        grep -E 'panicked at|^ *(left|right):|SUMMARY|Test unit written to|ERROR: libFuzzer' "$logs/$target.log" | head -12 >&2
    fi
    summary+=("$(printf '%-8s %-18s executions %-10s cov %-6s ft %s' "$target" "$result" "${execs:-?}" "${cov:-?}" "${ft:-?}")")
done

echo
echo "fuzz.sh: ${seconds} s per target (logs in $logs)"
printf '%s\n' "${summary[@]}"
if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: failing inputs are in fuzz/artifacts/<target>/; add each to fuzz/regressions/<target>/" \
        "and its cause to CAUSES in tests/fuzz_regressions.rs" >&2
fi
exit "$status"
