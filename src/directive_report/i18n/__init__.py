"""The messages directive-report prints, in English and Vietnamese (gettext catalogs, Babel).

Write every message a person reads through :func:`_` (or :func:`ngettext` when it counts
something), with ``str.format`` fields, never an f-string inside ``_()``::

    from directive_report.i18n import _

    raise CommandError(_("{path}: no such file").format(path=path))

English is the source language (the message ids); the Vietnamese catalog is
``i18n/locale/vi/LC_MESSAGES/directive_report.po``.  The library speaks English until a caller
chooses a language with :func:`activate` or :func:`using`; the command line chooses it from
``--lang`` or the locale variables (:func:`language_from_environment`).

A finding of a check keeps both languages: :func:`both` renders one message in each.

>>> from directive_report import i18n
>>> with i18n.using("vi"):
...     i18n._("no such file")
'không có tệp này'
>>> i18n._("no such file")
'no such file'
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import re
from collections.abc import Iterator, Mapping
from typing import Literal, TypeAlias

__all__ = [
    "LANGUAGES",
    "N_",
    "Language",
    "Translator",
    "_",
    "activate",
    "active_language",
    "both",
    "language_from_environment",
    "language_name",
    "ngettext",
    "translator",
    "using",
]

Language: TypeAlias = Literal["en", "vi"]

#: The languages there are catalogs for; English is the source language.
LANGUAGES: tuple[Language, ...] = ("en", "vi")

#: The locale variables, in the order gettext consults them.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_active: contextvars.ContextVar[Language] = contextvars.ContextVar(
    "directive_report_language", default="en"
)


class Translator:
    """The messages of one language: call it like ``_`` (``t("no such file")``)."""

    def __init__(self, language: Language) -> None:
        from directive_report.i18n._catalog import translations

        self.language: Language = language
        self._translations = translations(language)

    def __call__(self, message: str) -> str:
        """*message* in this language (itself when the catalog has no translation)."""
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The singular or plural form for *n*, in this language."""
        return self._translations.ngettext(singular, plural, n)

    def __repr__(self) -> str:
        return f"Translator({self.language!r})"


_translators: dict[Language, Translator] = {}


def translator(language: Language) -> Translator:
    """The (cached) :class:`Translator` of *language*."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: expected one of {', '.join(LANGUAGES)}")
    found = _translators.get(language)
    if found is None:
        found = _translators[language] = Translator(language)
    return found


def active_language() -> Language:
    """The language messages are written in now (``"en"`` unless one was activated)."""
    return _active.get()


def activate(language: Language) -> None:
    """Write messages in *language* from now on (in this thread or task)."""
    translator(language)  # checks the name and loads the catalog once
    _active.set(language)


@contextlib.contextmanager
def using(language: Language) -> Iterator[Translator]:
    """Write messages in *language* inside the ``with`` block, then go back."""
    token = _active.set(translator(language).language)
    try:
        yield translator(language)
    finally:
        _active.reset(token)


def _(message: str) -> str:
    """*message* translated into the active language."""
    if _active.get() == "en":
        return message
    return translator(_active.get())(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message for *n*, in the active language."""
    return translator(_active.get()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark *message* for the catalogs without translating it (translate it later with ``_``)."""
    return message


def both(message: str, /, **fields: object) -> tuple[str, str]:
    """*message* in English and in Vietnamese, each formatted with *fields*.

    A translation may use other fields than the English message (``{count_words}`` where the
    English says ``{count}``): pass them all.

    >>> both("{path}: no such file", path="a.toml")
    ('a.toml: no such file', 'a.toml: không có tệp này')
    """
    return tuple(  # type: ignore[return-value]  # two languages, two strings
        translator(language)(message).format(**fields) for language in ("en", "vi")
    )


def language_from_environment(environ: Mapping[str, str] | None = None) -> Language:
    """Vietnamese when the locale variables name Vietnamese, English otherwise.

    ``LANGUAGE`` (a list such as ``fr:vi``) is read first, then ``LC_ALL``, ``LC_MESSAGES`` and
    ``LANG``; the first one set decides, as in gettext.  The value is parsed by Babel, so
    ``vi_VN.UTF-8``, ``vi_VN`` and ``vi`` all mean Vietnamese.
    """
    environ = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = environ.get(name, "")
        if not value:
            continue
        entries = value.split(":") if name == "LANGUAGE" else [value]
        for entry in entries:
            language = _language_of(entry.split(".")[0].split("@")[0])
            if language is not None:
                return language
        if name != "LANGUAGE":
            return "en"
    return "en"


#: A locale name Babel reads without question: a language, and perhaps a territory (``vi_VN``).
_PLAIN_LOCALE = re.compile(r"[A-Za-z]+(?:_[A-Za-z]{2})?")


def _language_of(identifier: str) -> Language | None:
    """The language of the locale name *identifier* (``vi_VN`` -> ``vi``) as Babel reads it,
    if it is one of :data:`LANGUAGES`; ``None`` otherwise, or when it cannot be read.  Babel
    (and its locale data) is loaded only for an unusual name (a script, a variant)."""
    first = identifier.split("_")[0].lower()
    language = next((code for code in LANGUAGES if code == first), None)
    if language is not None and not _PLAIN_LOCALE.fullmatch(identifier):
        from babel.core import parse_locale

        try:
            parse_locale(identifier)  # raises for a name it cannot read
        except ValueError:
            return None
    return language


def language_name(language: Language, *, in_language: Language | None = None) -> str:
    """The name of *language* (Babel's CLDR data), in *in_language* or in itself.

    >>> language_name("vi"), language_name("vi", in_language="en")
    ('Tiếng Việt', 'Vietnamese')
    """
    from babel import Locale

    name = Locale.parse(language).get_display_name(in_language or language)
    return name or language
