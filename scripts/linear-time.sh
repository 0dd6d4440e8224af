#!/usr/bin/env bash
# Checks that extraction runs in time linear in its input on the inputs most
# likely to make it quadratic: one sentence, with no full stop, made of a
# phrase repeated (a cue with its subject, a chain of nominal cues, a
# pronominal cue, quotations of each family, colon frames …).
#
#   scripts/linear-time.sh [SMALL_KB [FACTOR [MAX_RATIO]]]   (defaults: 400, 8, 20)
#
# Each phrase is timed on SMALL_KB and on FACTOR times as much text; a
# linear run takes about FACTOR times as long, a quadratic one FACTOR² (64).
# Fails when the ratio passes MAX_RATIO, timed again with more runs (a stall
# of a shared machine is not the code). Set ISNAD to a binary to skip the
# release build.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
small=${1:-400}
factor=${2:-8}
max_ratio=${3:-20}
isnad=${ISNAD:-}
if [[ -z $isnad ]]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    isnad=$root/target/release/isnad
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$isnad" "$work" "$small" "$factor" "$max_ratio" <<'PY'
import subprocess, sys, time
isnad, work, small, factor, max_ratio = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
phrases = [
    'قال الوزير إن الحوار مستمر ',   # a main verb, its subject, a complementizer
    'وأضاف ',                        # dropped subjects
    'بحسب الوزير ',                  # a nominal cue
    'على لسان ',                     # nominal cues leading to one another
    'على حد قوله ',                  # a pronominal cue
    'دعا الوزير إلى الحوار ',        # a speech act
    'نقلا عن الوزير ',               # a relay
    'بعد أن قال ',                   # subordinate clauses
    'وسألت الصحيفة الوزير فقال ',    # the one asked answers
    'نقلا عن الوزير ذكرت صحيفة ',    # an opening relay, then a channel
    'إن الوزير أبلغه: ',             # the noun after إن, then its verb
    '«نعم» ', '"نعم" ', '“نعم” ',    # quotations of each family in one sentence
    'الوزير: «نعم» ',                # colon frames
    '«نعم»، أكد ذلك الوزير ',        # cues after the quotation
    '«قال “',                        # nesting cut at the depth bound
    'الوزير محمد ',                  # one endless speaker phrase
    'الكاتب سامي، الذي قال ',        # relative clauses and their antecedents
    'بتهم «نعم» و',                  # a list of quotations after their noun
    'قال مدرب «النجم» سامي ',        # a name in marks inside a speaker phrase
]
def timed(text, runs=2):
    path = f'{work}/t.txt'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    best = float('inf')
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([isnad, 'extract', path], stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - t)
    return best
failed = []
for p in phrases:
    n = small * 1000 // len(p.encode())
    a, b = timed(p * n), timed(p * n * factor)
    ratio = b / max(a, 0.005)
    if ratio > max_ratio:
        # a shared machine can stall both runs of one size (a quadratic
        # phrase gives about factor² however often it is timed): confirm
        # with more runs before failing
        a, b = min(a, timed(p * n, 3)), min(b, timed(p * n * factor, 3))
        ratio = b / max(a, 0.005)
    flag = 'ok' if ratio <= max_ratio else 'SUPERLINEAR'
    print(f'{flag:12} {p.strip()!r:28} {small} kB {a:7.3f} s   {small * factor} kB {b:7.3f} s   ratio {ratio:5.1f}')
    if ratio > max_ratio:
        failed.append(p)
if failed:
    sys.exit(f'time grows faster than the input on: {failed}')
print(f'all {len(phrases)} phrases linear (ratio at most {max_ratio} for {factor}x the text)')
PY
