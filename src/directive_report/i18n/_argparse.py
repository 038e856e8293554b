"""argparse's own messages ("usage: ", "options", "invalid choice: ...") in our catalogs (private).

argparse looks its messages up through the module globals ``argparse._`` and
``argparse.ngettext`` (``gettext``'s functions, which find no catalog for Python's standard
library).  :func:`translated_argparse` points them at the active language while the command line
runs, and puts them back afterwards.  The message ids below are argparse's, copied exactly so
that ``pybabel extract`` puts them in our catalogs.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from directive_report.i18n import N_, _, ngettext

__all__ = ["ARGPARSE_MESSAGES", "translated_argparse"]

#: argparse's messages that a user of the command line can see.
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _expected_arguments() -> str:  # pragma: no cover - only marks the counted message
    return ngettext("expected %s argument", "expected %s arguments", 2)


@contextlib.contextmanager
def translated_argparse() -> Iterator[None]:
    """Inside the block, argparse writes its messages in the active language."""
    module = vars(argparse)
    saved = module["_"], module["ngettext"]
    module["_"], module["ngettext"] = _, ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved
