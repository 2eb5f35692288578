#!/usr/bin/env bash
# Kills every write path many more times than CI does:
# ./scripts/crash-storm.sh [kills per write, default 1000] [seed]. Prints, per
# write, how many kills left none of it and how many all of it; any kill that
# leaves a damaged file, a damaged backup or half a write fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000}
seed=${2:-$(date +%s)}
# A Release tree (the bench preset's, which planner-bench already needs):
# these runs are long, and Release runs them about three times faster.
cmake --preset bench >/dev/null
cmake --build build/bench --target tst_crash roadmap-planner planner-crash-helper
echo "crash storm: $runs kills per write, seed $seed"
QTEST_FUNCTION_TIMEOUT=86400000 QT_QPA_PLATFORM=offscreen PLANNER_CRASH_RUNS=$runs PLANNER_CRASH_SEED=$seed \
    ./build/bench/tests/tst_crash 2>&1 | grep --line-buffered -E 'crash:|FAIL|Totals'
