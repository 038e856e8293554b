"""What went wrong where: the cattrs error tree of a failed load as ``(location, message)`` pairs.

The path to each problem is collected as data while walking the tree (a field name or an
array index per step) and written out once, with the keys the file uses; given the positions
of the file's values (:mod:`directive_report.serialize._positions`), each problem also gets the
line and column of its place (private).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from directive_report._suggest import did_you_mean
from directive_report._text import excerpt
from directive_report.errors import LoadProblem, ReportValidationError
from directive_report.i18n import _
from directive_report.serialize._converter import _RENAMED, KEY_OF_FIELD
from directive_report.serialize._positions import DataPath, Position, position_of

_LONGEST_KEY = 40

#: A path inside a document: field names and array indices, from the top.
Path = tuple[str | int, ...]


def problems(
    error: BaseException, positions: dict[DataPath, Position] | None = None
) -> list[LoadProblem]:
    """Every problem under *error* as ``(location, message)``, in the order cattrs met them,
    each at its line and column in *positions* (where the file's values are) when given."""
    found = []
    for path, leaf in _leaves(error, ()):
        where = None if positions is None else position_of(positions, data_path(path))
        found.append(LoadProblem(location(path), message(leaf), *(where or (None, None))))
    return found


def data_path(path: Path) -> DataPath:
    """``("sections", 2, "doc_type")`` → ``("sections", 2, "type")``: the keys the file uses."""
    return tuple(step if isinstance(step, int) else KEY_OF_FIELD.get(step, step) for step in path)


def _leaves(error: BaseException, path: Path) -> Iterator[tuple[Path, BaseException]]:
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for child, note in with_notes:
            step = note.name if isinstance(note, AttributeValidationNote) else note.index
            yield from _leaves(child, (*path, step))
        for child in without:
            yield from _leaves(child, path)
        return
    yield (*path, *_own_field(error)), error


def _own_field(error: BaseException) -> Path:
    """The field an error is about when cattrs cannot know it: an invariant the model checked
    in its constructor, or the one unknown key of a table."""
    if isinstance(error, ReportValidationError):
        return (error.field,)
    if isinstance(error, ForbiddenExtraKeysError) and len(error.extra_fields) == 1:
        return (next(iter(error.extra_fields)),)
    return ()


def location(path: Path) -> str:
    """``("sections", 2, "doc_type")`` → ``"sections[2].type"``: the keys the file uses."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            key = KEY_OF_FIELD.get(step, step)
            if len(key) > _LONGEST_KEY:  # a key is quoted, never repeated whole
                key = f"{key[:_LONGEST_KEY]}…"
            out += f".{key}" if out else key
    return out


def _keys_of(cls: type) -> list[str]:
    """The keys a table of *cls* may have in a file."""
    if not attrs.has(cls):
        return []
    renamed = _RENAMED.get(cls, {})
    return [renamed.get(field.name, field.name) for field in attrs.fields(cls)]


def message(error: BaseException) -> str:
    """What the user reads about one problem."""
    if isinstance(error, ReportValidationError):
        return error.message
    if isinstance(error, ForbiddenExtraKeysError):
        keys = sorted(error.extra_fields)
        if len(keys) == 1:
            mean = did_you_mean(keys[0], _keys_of(error.cl))
            return _("unknown key {key}").format(key=excerpt(keys[0])) + mean
        shown = [key if len(key) <= _LONGEST_KEY else f"{key[:_LONGEST_KEY]}…" for key in keys]
        return _("unknown keys {keys}").format(keys=", ".join(shown[:10]))
    if isinstance(error, KeyError):
        return _("required key missing")
    return str(error)  # an InputError's message is written for the user
