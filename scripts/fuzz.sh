#!/usr/bin/env bash
# Builds the libFuzzer targets (clang 14, ASan, UBSan) — the importers, the
# date and stage-word parsers, both quick adds, the re-import matcher and the
# iCalendar writer — and runs each for a bounded time, two at a time:
# ./scripts/fuzz.sh [seconds per target, default 60].
# A crash makes the run exit non-zero; its input is left in build/asan/crashes/
# — fix the bug and keep the input in tests/fuzz/regressions/<target>/, which
# every run replays before it fuzzes.
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

# The fuzz targets live in the asan tree (clang, ASan, UBSan), next to the
# sanitized test suite, so one configuration serves both.
cmake --preset asan >/dev/null
cmake --build --preset fuzz

mkdir -p build/asan/crashes
targets=(markdown csv neetcode dates stages problem_quickadd application_quickadd reimport ics)

fuzz_one() {
    local target=$1 corpus=build/asan/corpus-$1
    mkdir -p tests/fuzz/regressions/$target "$corpus"
    cp -n tests/fuzz/corpus/$target/* "$corpus"/ 2>/dev/null || true
    # Known-good inputs first, so a regression shows at once.
    ./build/asan/tests/fuzz/fuzz_$target -runs=0 tests/fuzz/regressions/$target tests/fuzz/corpus/$target \
        > build/asan/fuzz_$target.log 2>&1 || return 1
    ASAN_OPTIONS=detect_leaks=1 ./build/asan/tests/fuzz/fuzz_$target -max_total_time="$seconds" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix=build/asan/crashes/$target- "$corpus" >> build/asan/fuzz_$target.log 2>&1
}

# Each libFuzzer process uses one core, so two run at a time (PLANNER_FUZZ_JOBS).
jobs=${PLANNER_FUZZ_JOBS:-2}
failed=()
for ((i = 0; i < ${#targets[@]}; i += jobs)); do
    batch=("${targets[@]:i:jobs}")
    pids=()
    for target in "${batch[@]}"; do
        echo "== fuzz_$target for ${seconds}s"
        fuzz_one "$target" &
        pids+=($!)
    done
    for j in "${!pids[@]}"; do
        target=${batch[$j]}
        if ! wait "${pids[$j]}"; then
            failed+=("$target")
        fi
        echo "-- fuzz_$target"
        tail -n 12 build/asan/fuzz_$target.log
    done
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs in build/asan/crashes/)" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets clean for ${seconds}s each"
