#!/usr/bin/env bash
# Random edit storms beyond CI: ./scripts/edit-storm.sh [total steps, default
# 100000] [steps per storm, default 2000]. Runs tst_editstorm once per seed
# (seeds 1, 2, …) until the total is reached and prints the seed of every
# storm that fails; rerun one with
#   PLANNER_STORM_SEED=<seed> PLANNER_STORM_STEPS=<steps> build/bench/tests/tst_editstorm
set -euo pipefail
cd "$(dirname "$0")/.."
total=${1:-100000}
per=${2:-2000}
# A Release tree (the bench preset's, which planner-bench already needs):
# these runs are long, and Release runs them about three times faster.
cmake --preset bench >/dev/null
cmake --build build/bench --target tst_editstorm
export QT_QPA_PLATFORM=offscreen
failed=()
seed=0
done_steps=0
while [ "$done_steps" -lt "$total" ]; do
    seed=$((seed + 1))
    if ! PLANNER_STORM_SEED=$seed PLANNER_STORM_STEPS=$per ./build/bench/tests/tst_editstorm \
        >"build/bench/editstorm-$seed.log" 2>&1; then
        echo "edit storm: seed $seed FAILED ($per steps): build/bench/editstorm-$seed.log"
        grep -m1 -A3 'FAIL!' "build/bench/editstorm-$seed.log" || true
        failed+=("$seed")
    else
        rm -f "build/bench/editstorm-$seed.log"
    fi
    done_steps=$((done_steps + per))
done
echo "edit storm: $done_steps steps in $seed storms of $per; ${#failed[@]} failed${failed:+: seeds ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
