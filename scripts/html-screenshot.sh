#!/usr/bin/env bash
# Renders `isnad extract --format html` pages in headless Chromium and saves
# screenshots in docs/img/, to check the right-to-left layout and the
# highlighting by eye.
#
#   scripts/html-screenshot.sh [ISNAD_BINARY]
#
# Pages: the demo article (src/demo/article.txt) and `isnad stats --html` on
# it, and the project's seed article (../shared/corpus/dev/seed-algeria-us.txt,
# when present), into docs/img/ for the README. docs/ is not part of the
# published crate (see `include` in Cargo.toml): no dev text ships with it.
# Needs chromium (Debian: apt-get install chromium fonts-noto-core).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
isnad=${1:-}
if [[ -z $isnad ]]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    isnad=$root/target/release/isnad
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z $browser ]]; then
    echo "html-screenshot: no chromium found (apt-get install chromium)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$root/docs/img
mkdir -p "$out"

shoot() { # PAGE.html OUT.png [HEIGHT]
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$work/profile" \
        --screenshot="$2" --window-size=1200,"${3:-1600}" "file://$1" >/dev/null 2>&1
    [[ -s $2 ]] || { echo "html-screenshot: no screenshot for $1" >&2; exit 1; }
    echo "$2"
}

cd "$root"
"$isnad" extract --format html src/demo/article.txt > "$work/demo.html"
shoot "$work/demo.html" "$out/demo-article.png" 2400
"$isnad" stats --html src/demo/article.txt > "$work/stats.html"
shoot "$work/stats.html" "$out/demo-stats.png" 1800

seed=$root/../shared/corpus/dev/seed-algeria-us.txt
if [[ -f $seed ]]; then
    "$isnad" extract --format html "$seed" > "$work/seed.html"
    shoot "$work/seed.html" "$out/seed-article.png" 2600
else
    echo "html-screenshot: $seed not found, skipped" >&2
fi
