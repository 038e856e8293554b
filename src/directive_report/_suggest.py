"""Suggestions for a mistyped name ("did you mean …?") in error messages (private)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from directive_report.i18n import _


def close_matches(word: str, choices: Iterable[str]) -> tuple[str, ...]:
    """At most three of *choices* close to *word*, closest first (:mod:`difflib`'s ratio of
    at least 0.6: ``perod`` → ``period``)."""
    return tuple(difflib.get_close_matches(word, list(choices), n=3, cutoff=0.6))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'period'?"`` to end a message about *word*, or ``""`` when none of
    *choices* is close."""
    return suggest(close_matches(word, choices))


def suggest(names: tuple[str, ...]) -> str:
    """``"; did you mean 'a' or 'b'?"`` for *names*, ``""`` for none."""
    if not names:
        return ""
    return _("; did you mean {names}?").format(names=_(" or ").join(map(repr, names)))
