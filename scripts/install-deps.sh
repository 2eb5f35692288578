#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Roadmap Planner needs to build, test and run.
# Idempotent: does nothing when everything is already there. Works as root or via sudo.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libmd4c-dev libmd4c-html0-dev libfontconfig-dev
    libgl-dev libvulkan-dev libxkbcommon-dev
    fonts-noto-core
    # tests: a private session bus (notifications), the calendar parsed back,
    # the CI workflow linted, the desktop file validated
    dbus dbus-daemon python3-icalendar yamllint desktop-file-utils
    poppler-utils  # pdftotext: the report test reads the PDF's text
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
