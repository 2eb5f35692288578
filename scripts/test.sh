#!/usr/bin/env bash
# One command from a fresh clone to a green test suite: installs what is missing,
# builds the debug configuration and runs every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
QT_QPA_PLATFORM=offscreen ctest --preset dev "$@"
