#!/usr/bin/env bash
# Builds the one-folder Linux bundle of Small Steps with PyInstaller:
#   scripts/build_bundle.sh        ->  build/bundle/smallsteps/smallsteps
# Installs the pinned PyInstaller into the project's venv first when it is missing (it
# is a build tool, not a dependency of the app, so pyproject.toml does not list it).
# Environment: VENV (default .venv), BUNDLE_DIR (default build/bundle). The file
# BUNDLE_DIR/smallsteps.built is written last, when the bundle is complete.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
BUNDLE_DIR=${BUNDLE_DIR:-build/bundle}
# PyInstaller 6.22.3 (the newest release) builds this app with PySide6 6.11.3, as
# tests/e2e/test_bundle.py shows; it requires pyinstaller-hooks-contrib >= 2026.7, which
# has the hooks for APScheduler, Xlib and cryptography.
PYINSTALLER=6.22.3
HOOKS_CONTRIB=2026.9

if ! "$VENV/bin/python" - "$PYINSTALLER" "$HOOKS_CONTRIB" <<'PY' 2>/dev/null; then
import sys
from importlib.metadata import version

sys.exit(
    version("pyinstaller") != sys.argv[1]
    or version("pyinstaller-hooks-contrib") != sys.argv[2]
)
PY
  echo "Installing pyinstaller==$PYINSTALLER into $VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "pyinstaller==$PYINSTALLER" "pyinstaller-hooks-contrib==$HOOKS_CONTRIB"
fi

STAMP="$BUNDLE_DIR/smallsteps.built"  # written last: the bundle is complete
rm -f "$STAMP"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$BUNDLE_DIR" --workpath build/pyinstaller \
  packaging/pyinstaller/smallsteps.spec
date -u +%Y-%m-%dT%H:%M:%SZ >"$STAMP"
echo "Built $BUNDLE_DIR/smallsteps ($(du -sh "$BUNDLE_DIR/smallsteps" | cut -f1))"
