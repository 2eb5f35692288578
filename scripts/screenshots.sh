#!/usr/bin/env bash
# Pictures of every screen (Today, the four tabs, the dialogs) in English, Hindi
# and Gujarati, at 1366x768 and 1920x1080, in a light and a dark palette, on a
# fresh database with the built-in plan. Headless: the offscreen platform.
#   scripts/screenshots.sh [OUTPUT_DIR] [PLANNER_BINARY]
# Writes OUTPUT_DIR/<lang>-<size>-<light|dark>/NN-<screen>.png.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/build/screenshots}"
planner="${2:-$here/build/dev/app/roadmap-planner}"
if [ ! -x "$planner" ]; then
    echo "screenshots: $planner is not built (cmake --build --preset dev)" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# Never the user's own settings or data.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

for lang in en hi gu; do
    for size in 1366x768 1920x1080; do
        for palette in light dark; do
            dir="$out/$lang-$size-$palette"
            rm -rf "$dir"
            args=(--database "$work/$lang.sqlite" --screenshots "$dir" --size "$size")
            [ "$palette" = dark ] && args+=(--dark)
            LANGUAGE="$lang" LANG="$lang"_IN.UTF-8 "$planner" "${args[@]}"
        done
    done
done
echo "screenshots: $(find "$out" -name '*.png' | wc -l) pictures in $out"
