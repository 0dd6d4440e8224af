#!/usr/bin/env bash
# Builds the Python package and runs its tests, the Spark example's included.
#
# From a clean checkout: creates a fresh virtual environment under
# target/python-ci/ (nothing is cached outside the repository but pip's own
# cache), installs maturin, pytest, mypy, PySpark (with pandas and pyarrow) from
# PyPI, builds the abi3 wheel with maturin, installs it, builds the CLI that
# the tests compare against, and runs pytest on python/tests (the Spark job
# runs in local mode there). Exits non-zero on any failure.
#
# Environment: PYTHON (default python3), JAVA_HOME (default: Java 17 if found).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
work=$target/python-ci
venv=$work/venv
wheels=$work/wheels
python=${PYTHON:-python3}
started=$SECONDS

step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

step "fresh virtual environment in $venv"
rm -rf "$venv" "$wheels"
mkdir -p "$work"
"$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip --disable-pip-version-check)

step "installing maturin, pytest, mypy, pyspark from PyPI"
# pandas 3 is not yet supported by PySpark's Arrow conversions.
"${pip[@]}" install --quiet "maturin>=1.7,<2" "pytest>=7" "mypy>=1.8" "pyspark[sql]>=3.5" "pandas<3"

step "building the wheel"
"$venv/bin/maturin" build --release -m python/Cargo.toml --out "$wheels"
wheel=$(ls "$wheels"/isnad-*.whl)
"${pip[@]}" install --quiet --force-reinstall "$wheel"

step "building the CLI the tests compare against"
cargo build --release --quiet --bin isnad
# ISNAD_CI: the CLI, PySpark and mypy must be there (their tests fail instead of skipping).
export ISNAD_CLI=$target/release/isnad ISNAD_CI=1

if [[ -z ${JAVA_HOME:-} && -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]]; then
    export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi

step "pytest"
# Run from the repository root with the venv's pytest, so that `import isnad`
# finds the installed wheel and not the source folder python/isnad.
"$venv/bin/pytest" python/tests -p no:cacheprovider -q -rs --durations=5

step "done in $((SECONDS - started))s"
