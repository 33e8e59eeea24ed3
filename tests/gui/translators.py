"""A translator for tests: it marks every text it translates, so a test can see which did.

The app's English (plural forms) is installed for every gui test by
``tests/gui/conftest.py``, as the app installs it.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from smallsteps.core.i18n import english


class MarkingTranslator(QTranslator):
    """Translates every text into its English self between marks, e.g. ‹text›.

    Args:
        opening: the mark before each text.
        closing: the mark after it.
    """

    def __init__(self, opening: str = "‹", closing: str = "›") -> None:
        super().__init__()
        self.opening, self.closing = opening, closing

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        """Never empty, so Qt asks it about every text."""
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Return the English text (plurals resolved) between the marks."""
        text = english(context, source, disambiguation, n)
        return f"{self.opening}{text}{self.closing}" if text else text
