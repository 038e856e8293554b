"""Loading the message catalogs (private).

The catalogs ship as gettext ``.po`` files, read at run time by Babel and compiled in memory,
so that there is one source of truth (no ``.mo`` files to rebuild and keep in step) and no build
step in the wheel.  English is the source language: it needs no catalog.
"""

from __future__ import annotations

import functools
import io
from gettext import NullTranslations

__all__ = ["DOMAIN", "EXTRA_KEYWORDS", "catalog_path", "translations"]

#: The gettext domain: the catalogs are ``locale/<language>/LC_MESSAGES/<DOMAIN>.po``.
DOMAIN = "directive_report"

#: The functions that mark messages besides gettext's own (``_``, ``N_``, ``ngettext``), with
#: the position of the message among their arguments, as ``pybabel extract -k both -k
#: finding:2`` takes them: :func:`directive_report.i18n.both` and
#: :meth:`directive_report.validate.rules.Rule.finding`.
EXTRA_KEYWORDS: dict[str, tuple[int, ...] | None] = {"both": None, "finding": (2,)}


def catalog_path(language: str) -> str:
    """Where the catalog of *language* lives inside the package."""
    return f"locale/{language}/LC_MESSAGES/{DOMAIN}.po"


@functools.cache
def translations(language: str) -> NullTranslations:
    """The translations of *language*, read once from its ``.po`` file (English, the source
    language, needs none: Babel is imported only for another language)."""
    if language == "en":
        return NullTranslations()
    from importlib import resources

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    source = resources.files("directive_report.i18n").joinpath(catalog_path(language))
    with source.open("rb") as stream:
        catalog = read_po(stream, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)
