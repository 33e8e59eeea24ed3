"""The app's words in the person's language, for widgets.

Widgets translate their own texts with ``self.tr(...)`` (plurals:
``self.tr("%n minute(s)", "", count)``) and fill ``{name}`` fields after
translating: ``self.tr("Saved at {time}.").format(time=...)``. Texts that come
from the core (sentences about counts, feelings, default steps, one-line errors)
are translated here, with the translators the app installed.
"""

from __future__ import annotations

from smallsteps.core.i18n import Phrase
from smallsteps.core.models import FEELING_TEXTS
from smallsteps.core.parsing import InputError
from smallsteps.core.wording import Wording
from smallsteps.services.language import qt_translate


def wording() -> Wording:
    """Sentences about counts ("3 small steps this week.") in the app's language."""
    return Wording(qt_translate)


def feeling_word(value: int) -> str:
    """The word for a feeling on the 1-5 scale, e.g. ``"Steady"``."""
    return FEELING_TEXTS[value].render(qt_translate)


def error_line(error: InputError) -> str:
    """The one-line message of an input error, in the app's language."""
    return error.message(qt_translate)


def phrase(text: Phrase, **fields: object) -> str:
    """A phrase marked in the core, translated and filled in."""
    return text.render(qt_translate, **fields)
