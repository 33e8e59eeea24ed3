"""PySide6's import hook, answered from the file's bytes instead of through ``inspect``.

Since PySide6 6.4 (PYSIDE-2029) every module imported after PySide6 goes through
``shibokensupport.feature.feature_imported``. It asks whether the module uses PySide6,
so that ``from __feature__ import snake_case`` stays scoped to the modules that ask
for it, and it answers by searching the module's source for "PySide6". It gets that
source with ``inspect.getsource``: ``tokenize`` and ``linecache``, which then keeps the
whole text. Measured offscreen with PySide6 6.11.3, the ~60 modules the app imports
after Qt cost about 4 MiB more resident and 15 ms more that way, for as long as the
app sits in the tray.

`install` puts in a function that asks the same question of the same file (its
``.py`` source, read as bytes and not kept), and leaves everything else as PySide6 has
it: modules already decided, and ``from __feature__ import ...`` itself. Where the
hook is not there (another PySide6 version), nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_SOURCE_SUFFIX = ".py"


def _uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source mentions "PySide6" (PySide6's own test)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(_SOURCE_SUFFIX):
        return False  # built in, frozen, compiled or sourceless: PySide6 says no too
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Answer PySide6's per-import question cheaply; ``False`` if there is no such hook."""
    import PySide6.QtCore  # noqa: F401, PLC0415 - the hook exists once PySide6 is imported

    feature = sys.modules.get("shibokensupport.feature")
    decided = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(decided, dict):
        return False
    if not callable(getattr(feature, "feature_imported", None)):
        return False

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name not in decided:
            decided[name] = 0 if _uses_pyside(module) else -1

    feature.feature_imported = feature_imported  # type: ignore[attr-defined]
    return True
