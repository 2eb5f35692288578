#!/usr/bin/env bash
# Builds the libFuzzer targets (clang 14, ASan, UBSan) — the importers, the
# date and stage-word parsers, both quick adds and the re-import matcher — and
# runs each for a bounded time: ./scripts/fuzz.sh [seconds per target, default 60].
# A crash stops the run with a non-zero exit; its input is left in
# build/fuzz/crashes/ — fix the bug and keep the input in
# tests/fuzz/regressions/<target>/, which the test suite replays.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

need=()
for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
./scripts/install-deps.sh

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

mkdir -p build/fuzz/crashes
for target in markdown csv neetcode dates stages problem_quickadd application_quickadd reimport; do
    mkdir -p tests/fuzz/regressions/$target
    corpus=build/fuzz/corpus-$target
    mkdir -p "$corpus"
    cp -n tests/fuzz/corpus/$target/* "$corpus"/ 2>/dev/null || true
    echo "== fuzz_$target for ${seconds}s"
    # Known-good inputs first, so a regression shows at once.
    ./build/fuzz/tests/fuzz/fuzz_$target -runs=0 tests/fuzz/regressions/$target tests/fuzz/corpus/$target
    ASAN_OPTIONS=detect_leaks=1 ./build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix=build/fuzz/crashes/$target- "$corpus" 2>&1 | tail -n 12
done
