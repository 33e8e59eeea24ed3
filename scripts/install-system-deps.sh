#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Small Steps needs.
#   scripts/install-system-deps.sh run    # what the app needs to run (Qt's xcb libraries)
#   scripts/install-system-deps.sh test   # plus the real desktop session the tests start
# Does nothing when everything is already installed. Uses sudo when not root.
set -euo pipefail

run_pkgs=(
  python3 python3-venv python3-pip
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
)
test_pkgs=(
  make xvfb xauth x11-utils xdotool imagemagick dbus dbus-x11
  trayer xfce4-panel xfconf dunst libnotify-bin
  gnome-keyring libsecret-tools faketime libfaketime procps openbox wmctrl strace poppler-utils
  desktop-file-utils appstream pipx libgtk-3-0
)

pkgs=("${run_pkgs[@]}")
[ "${1:-test}" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "Installing: ${missing[*]}"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
