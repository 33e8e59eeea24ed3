"""The system's language as the environment names it, read without Qt.

The tray app asks Qt (``QLocale.system().uiLanguages()``). The command line must
not wait for Qt to load just to print its help in English, so it reads the same
environment variables itself, the way Qt does on Linux and other free desktops.
Pure Python, so ``smallsteps --help`` imports nothing more than it did before.
"""

from __future__ import annotations

from collections.abc import Mapping

_NO_LANGUAGE = frozenset({"", "C", "POSIX"})


def system_languages_from_env(environ: Mapping[str, str]) -> list[str]:
    """Return the system's UI languages as Qt reads them on Linux, without Qt.

    ``LANGUAGE`` (a colon list, most wanted first) when it is set; otherwise the
    locale for messages: the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``
    that is set. ``C``/``POSIX`` name no language. Like Qt (and unlike gettext),
    ``LANGUAGE`` counts even when the locale is ``C``, so the command line and
    the app choose alike.

    Args:
        environ: the environment, e.g. ``os.environ``.

    Returns:
        Language tags such as ``["de-AT", "de", "en"]`` for `choose_language`;
        codesets and modifiers (``.UTF-8``, ``@euro``) are dropped.
    """
    listed = environ.get("LANGUAGE", "")
    if listed.strip(": "):
        names = listed.split(":")
    else:
        names = [
            next((environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(n)), "")
        ]
    tags = []
    for name in names:
        tag = name.split(".", maxsplit=1)[0].split("@", maxsplit=1)[0].strip()
        if tag not in _NO_LANGUAGE:
            tags.append(tag.replace("_", "-"))
    return tags
