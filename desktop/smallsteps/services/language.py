"""The language the app speaks: chosen, loaded into Qt, and used everywhere.

Translations are Qt Linguist files compiled to ``resources/translations/*.qm``
(see ``translations/README.md``). English is the source language; its file
holds only the plural forms ("1 small step", "2 small steps"). Qt's own texts
(the buttons of standard dialogs) come from Qt's ``qtbase_<lang>.qm``.

The command line speaks the same language without a Qt application
(`standalone_translate`), and English without Qt at all: so this module imports
Qt only inside the functions that need it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from smallsteps.core.i18n import Translate, english
from smallsteps.core.resources import translation_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch"}
"""The languages Small Steps speaks, each named in its own words."""


def qt_translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate with the translators installed in the running Qt application."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - see the module docstring

    return QCoreApplication.translate(context, source, disambiguation, n)


def choose_language(preferred: str, system_languages: Sequence[str]) -> str:
    """Return the language to speak.

    Args:
        preferred: the person's choice in Settings, or ``""`` to follow the system.
        system_languages: the system's UI languages, most wanted first
            (``QLocale.system().uiLanguages()``, e.g. ``["de-AT", "de", "en-US"]``).
    """
    if preferred in LANGUAGE_NAMES:
        return preferred
    for tag in system_languages:
        base = tag.replace("_", "-").split("-", maxsplit=1)[0].lower()
        if base in LANGUAGE_NAMES:
            return base
    return SOURCE_LANGUAGE


def standalone_translate(language: str) -> Translate:
    """Return a translate function for ``language`` that needs no Qt application.

    For the command line: it asks the language's own translations, then the
    English plural forms, then falls back to `english`; ``%n`` becomes the count.
    English needs no translation file, so it imports no Qt at all. A missing file
    is skipped silently (the texts stay English; a log line would reach stderr).

    Args:
        language: a code of `LANGUAGE_NAMES`, e.g. ``"de"``.
    """
    if language == SOURCE_LANGUAGE:
        return english
    from PySide6.QtCore import QTranslator  # noqa: PLC0415 - only for a translated language

    translators = []
    for path in (_qm_path(language), _qm_path(SOURCE_LANGUAGE)):
        translator = QTranslator()
        if translator.load(path):
            translators.append(translator)

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        for translator in translators:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return text.replace("%n", str(n)) if n >= 0 else text
        return english(context, source, disambiguation, n)

    return translate


def locale_for(language: str, system: QLocale) -> QLocale:
    """Return the locale for dates and numbers.

    The system's, when it speaks ``language`` or when the app speaks English (the
    person's regional formats, first day of the week included, stay theirs);
    otherwise the language's own, so month and day names match the sentences.
    """
    from PySide6.QtCore import QLocale  # noqa: PLC0415 - see the module docstring

    if language == SOURCE_LANGUAGE or system.name().split("_", maxsplit=1)[0] == language:
        return system
    return QLocale(language)


def _qm_path(language: str) -> str:
    return str(translation_path(language))


@dataclass
class LanguageSetup:
    """The translators of one language, installed in the application while it runs.

    Attributes:
        language: the language code, e.g. ``"de"``.
        translators: the installed translators (kept alive here).
    """

    language: str
    translators: list[QTranslator] = field(default_factory=list)

    @classmethod
    def install(cls, app: QCoreApplication, language: str) -> LanguageSetup:
        """Load and install the translators for ``language``; set the default locale.

        A missing file is logged and skipped: the app then speaks English, never breaks.
        """
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator  # noqa: PLC0415

        setup = cls(language)
        locale = locale_for(language, QLocale.system())
        QLocale.setDefault(locale)
        files = [_qm_path(SOURCE_LANGUAGE)]
        if language != SOURCE_LANGUAGE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files += [f"{qt_dir}/qtbase_{language}.qm", _qm_path(language)]
        for path in files:
            translator = QTranslator(app)
            if translator.load(path):
                app.installTranslator(translator)
                setup.translators.append(translator)
            else:
                log.warning("no translations at %s", path)
        return setup

    def uninstall(self, app: QCoreApplication) -> None:
        """Remove this language's translators from the application."""
        for translator in self.translators:
            app.removeTranslator(translator)
            translator.deleteLater()
        self.translators.clear()
