#!/usr/bin/env bash
# Builds the release DEB, installs it on this machine, checks that what a user
# gets works (the binary, a headless summary, the menu entry, icons, man page,
# AppStream data), then removes the package again. For CI; needs root (or sudo).
# Exits non-zero on the first failure; the package is removed in every case.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "package-check: $*"; }
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
trap 'echo "package-check: FAILED: command at line $LINENO exited non-zero" >&2' ERR

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

# Tools: the build's own dependencies, then what packaging and validation use
# (dpkg-shlibdeps and file for CPack's dependency scan).
scripts/install-deps.sh
tools=(dpkg-dev file desktop-file-utils appstream python3)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Build and package: an optimised build of its own (tests run elsewhere), so
# the developers' release preset keeps its settings.
build=build/package
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPLANNER_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -- -j"${PACKAGE_CHECK_JOBS:-2}"
rm -f "$build"/roadmap-planner_*.deb
(cd "$build" && cpack -G DEB) >/dev/null
deb=$(ls "$build"/roadmap-planner_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no .deb"
say "built $deb"
dpkg-deb --field "$deb" Depends | tee /dev/stderr | grep -q 'libqt6sql6-sqlite' \
    || fail "the package does not depend on the SQLite driver"

tmp=$(mktemp -d)
cleanup() {
    "${sudo[@]}" apt-get remove -y -qq roadmap-planner >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

"${sudo[@]}" apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null \
    || fail "apt-get could not install $deb"
say "installed"

# The installed binary, not the build tree's.
bin=/usr/bin/roadmap-planner
[ -x "$bin" ] || fail "$bin is missing"
version=$(dpkg-deb --field "$deb" Version)
out=$("$bin" --version)
[ "$out" = "roadmap-planner $version" ] || fail "--version printed '$out', expected 'roadmap-planner $version'"
say "$out"

HOME="$tmp" QT_QPA_PLATFORM=offscreen "$bin" --database "$tmp/check.sqlite" --summary >"$tmp/summary.json" \
    || fail "--summary exited non-zero"
python3 - "$tmp/summary.json" <<'PY' || fail "--summary did not print the expected JSON"
import json, sys
summary = json.load(open(sys.argv[1]))
for key in ("plan", "problems", "applications", "skills"):
    assert key in summary, f"no '{key}' in the summary"
PY
say "headless summary is valid JSON"

# The window's command socket is a plugin, loaded after the first paint, so
# the executable itself must not link QtNetwork (see app/gui/LocalTransport.h).
[ -n "$(find /usr/lib -path '*/roadmap-planner/libplanner-localsocket.so')" ] \
    || fail "the local-socket plugin is not installed"
ldd "$bin" >"$tmp/ldd" || fail "ldd $bin failed"
! grep -q 'libQt6Network' "$tmp/ldd" || fail "$bin links QtNetwork; it should load the plugin instead"
# A second process on the same file reaches the installed window through it.
HOME="$tmp" QT_QPA_PLATFORM=offscreen "$bin" --database "$tmp/window.sqlite" >/dev/null 2>"$tmp/window.err" &
window=$!
for _ in $(seq 300); do [ -e "$tmp/window.sqlite.lock" ] && break; sleep 0.1; done
kill -0 "$window" 2>/dev/null || fail "the window exited at start: $(cat "$tmp/window.err")"
[ -e "$tmp/window.sqlite.lock" ] || fail "the window did not take its lock within 30 s"
shown=$(HOME="$tmp" QT_QPA_PLATFORM=offscreen timeout 60 "$bin" --database "$tmp/window.sqlite" --show today 2>&1) \
    || { kill "$window" 2>/dev/null || true; fail "a second process could not reach the window: $shown $(cat "$tmp/window.err")"; }
kill "$window" 2>/dev/null || true
wait "$window" 2>/dev/null || true
[[ $shown == *'brought to the front'* ]] || fail "the second process printed '$shown'"
say "a second process reaches the installed window through the local-socket plugin"

id=io.github.roadmapplanner.RoadmapPlanner
for f in /usr/share/applications/$id.desktop \
         /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$id.svg \
         /usr/share/icons/hicolor/48x48/apps/$id.png \
         /usr/share/icons/hicolor/256x256/apps/$id.png \
         /usr/share/man/man1/roadmap-planner.1.gz; do
    [ -f "$f" ] || fail "$f is not installed"
done
desktop-file-validate /usr/share/applications/$id.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml >/dev/null \
    || fail "appstreamcli validate"
grep -q '^Exec=roadmap-planner' /usr/share/applications/$id.desktop || fail "the menu entry does not start roadmap-planner"
say "menu entry, icons, man page and AppStream data are in place and valid"

"${sudo[@]}" apt-get remove -y -qq roadmap-planner >/dev/null || fail "apt-get remove"
[ ! -e "$bin" ] || fail "$bin is still there after removal"
[ ! -e /usr/share/applications/$id.desktop ] || fail "the menu entry is still there after removal"
say "removed cleanly"
say "all checks passed"
