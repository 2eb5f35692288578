#!/usr/bin/env bash
# One command from a fresh clone to a running planner: installs what is missing,
# builds an optimised binary and starts it. Arguments go to the planner
# (for example: ./scripts/run.sh --database ~/plan.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release -DPLANNER_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release
exec ./build/release/app/roadmap-planner "$@"
