"""Words the person reads, ready for translation, without knowing Qt.

Small Steps is translated with Qt Linguist: ``pyside6-lupdate`` finds every text
in the sources and ``translations/smallsteps_<lang>.ts`` holds its translation.
The core cannot import Qt, so it marks its texts in the two forms lupdate reads:

- inside a class that derives from `Texts`: ``self.tr("A quiet day")`` and, for
  plurals, ``self.tr("%n small step(s)", "", count)``. The class name is the
  translation context, exactly as for a Qt widget's ``self.tr``.
- anywhere else: ``QT_TRANSLATE_NOOP("Context", "Text with {name}")``, which
  returns a `Phrase` that remembers its context; the text is translated where it
  is shown (`Phrase.render`), and only then are the ``{name}`` fields filled in.

Whoever shows the text passes a `Translate` function: the Qt one (installed
translators and plural rules) in the app, or `english` (the source text, with
English plurals) on the command line and in tests.
"""

from __future__ import annotations

import re
from typing import Protocol


class Translate(Protocol):
    """Translate ``source`` in ``context``; ``n >= 0`` picks a plural form and fills ``%n``."""

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Return the text to show."""
        ...


_PLURAL = re.compile(r"\((s|es)\)")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return the source text with English plurals: ``"%n step(s)"`` -> ``"1 step"``, ``"2 steps"``.

    Args:
        context: unused (the source text is English already).
        source: the text as written in the code.
        disambiguation: unused.
        n: a count for plural texts, or -1.
    """
    del context, disambiguation
    if n < 0:
        return source
    return english_plural(source, n).replace("%n", str(n))


def english_plural(source: str, n: int) -> str:
    """Return the English form of ``source`` for ``n``: ``"%n step(s)"`` -> ``"%n step"`` for 1."""
    return _PLURAL.sub("" if n == 1 else r"\1", source)


class Phrase(str):
    """A text marked for translation: the English text itself, which remembers its context.

    Being a ``str``, a phrase can be an exception's message as it is; whoever
    shows it translates it (`spoken`).

    Args:
        context: the translation context (as in the ``.ts`` file).
        source: the English text, possibly with ``{name}`` fields.
    """

    context: str

    def __new__(cls, context: str, source: str) -> Phrase:  # noqa: D102
        phrase = super().__new__(cls, source)
        phrase.context = context
        return phrase

    @property
    def source(self) -> str:
        """The English text, as written in the code."""
        return str.__str__(self)

    def render(self, translate: Translate = english, /, **fields: object) -> str:
        """Translate, then fill in the ``{name}`` fields.

        A translation that names a field the source does not have is not used
        (the English text is shown instead of an error).
        """
        text = translate(self.context, self.source)
        try:
            return text.format(**fields)
        except (KeyError, IndexError, ValueError):
            return self.source.format(**fields)

    def fill(self, **fields: object) -> Filled:
        """Return the English text with its fields filled, still translatable later."""
        return Filled(self, fields)


class Filled(str):
    """A phrase with its fields filled in: English as a ``str``, translatable by `spoken`."""

    phrase: Phrase
    fields: dict[str, object]

    def __new__(cls, phrase: Phrase, fields: dict[str, object]) -> Filled:  # noqa: D102
        filled = super().__new__(cls, phrase.render(english, **fields))
        filled.phrase, filled.fields = phrase, fields
        return filled


def spoken(message: object, translate: Translate = english) -> str:
    """Return a message in the language of ``translate``.

    A `Phrase` or `Filled` text is translated; any other text (say, from the
    operating system) is shown as it is.
    """
    if isinstance(message, Filled):
        return message.phrase.render(translate, **message.fields)
    if isinstance(message, Phrase):
        return message.render(translate)
    return str(message)


def error_text(error: BaseException, translate: Translate = english) -> str:
    """Return an exception's message in the language of ``translate``."""
    return spoken(error.args[0], translate) if len(error.args) == 1 else str(error)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Phrase:  # noqa: N802 (the name lupdate looks for)
    """Mark ``source`` for translation in ``context``; translate it later with `Phrase.render`."""
    return Phrase(context, source)


class Texts:
    """Base for core classes that speak to the person.

    Args:
        translate: how texts are translated; `english` when not given.
    """

    def __init__(self, translate: Translate = english) -> None:
        self._translate = translate

    @property
    def translate(self) -> Translate:
        """The translate function these texts use."""
        return self._translate

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate ``source`` in this class's context (its name), like ``QObject.tr``."""
        return self._translate(type(self).__name__, source, disambiguation, n)
