#!/usr/bin/env bash
# Installs the peers the benchmarks compare against, from Debian, if they are missing:
# Safe Eyes and Workrave (Debian 12 has both), plus the Ayatana AppIndicator typelib
# that Safe Eyes' tray icon needs (a "Recommends", so --no-install-recommends skips it).
# Never fails the benchmark run: a peer that does not install is reported as such.
set -uo pipefail

pkgs=(safeeyes workrave gir1.2-ayatanaappindicator3-0.1)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "Installing the peers for the benchmarks: ${missing[*]}"
if ! { $SUDO apt-get update -qq &&
       DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; }; then
  echo "benchmarks: could not install ${missing[*]}; they are reported as not measured." >&2
fi
exit 0
