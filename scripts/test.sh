#!/usr/bin/env bash
# One command from a fresh clone to a green test suite: installs what is missing,
# builds the debug configuration and runs every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
# Two at a time by default: the tests are independent (each has its own
# temporary folder and settings) and most of them wait on SQLite or a timer.
QT_QPA_PLATFORM=offscreen ctest --preset dev -j"${PLANNER_TEST_JOBS:-2}" "$@"
