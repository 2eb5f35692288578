#!/usr/bin/env bash
# Regenerates the Windows .ico, the macOS .icns and the hicolor PNGs (which
# are also the window and tray icon, see gui/common/AppIcon) from the one source icon,
# resources/icons/roadmap-planner.svg. Run after changing the SVG, then commit
# the results (the build uses the committed files, so no build machine needs
# these tools). Needs: librsvg2-bin (rsvg-convert), imagemagick (convert),
# icnsutils (png2icns) — all Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/roadmap-planner.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/icon-$size.png"
done

# Linux: the hicolor renditions the DEB installs and the window uses.
for size in 16 32 48 64 128 256; do
    cp "$tmp/icon-$size.png" \
        "packaging/linux/icons/hicolor/${size}x${size}/apps/io.github.roadmapplanner.RoadmapPlanner.png"
done

# Windows: one .ico with every size the shell asks for (16 to 256).
convert "$tmp"/icon-{16,24,32,48,64,128,256}.png packaging/windows/roadmap-planner.ico

# macOS: png2icns knows 16, 32, 48, 128, 256, 512 and 1024.
png2icns packaging/macos/roadmap-planner.icns "$tmp"/icon-{16,32,48,128,256,512,1024}.png >/dev/null

echo "make-icons: wrote packaging/windows/roadmap-planner.ico, packaging/macos/roadmap-planner.icns and the hicolor PNGs"
