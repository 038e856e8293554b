"""The cattrs converter between the model and the plain data of TOML and JSON files (private)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable, Collection, Mapping
from decimal import Decimal
from typing import Any, Literal, TypeAlias, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from directive_report import i18n
from directive_report._suggest import did_you_mean
from directive_report.i18n import N_
from directive_report.model import (
    ActionList,
    Attachment,
    Block,
    BulletList,
    Capacity,
    Cell,
    Citation,
    DocumentNumber,
    DocumentType,
    Paragraph,
    Pinpoint,
    Report,
    Table,
    TaskList,
    document_type,
)
from directive_report.serialize._cells import structure_cell, unstructure_cell
from directive_report.serialize._hooks import (
    InputError,
    _describe,
    _parse_capacity,
    _structure_bool,
    _structure_date,
    _structure_decimal,
    _structure_enum_by_value,
    _structure_int,
    _structure_number,
    _structure_paragraph,
    _structure_str,
    _structure_via,
    _unstructure_document_type,
    _unstructure_number,
    _unstructure_paragraph,
)

Format: TypeAlias = Literal["toml", "json"]
T = TypeVar("T")

#: The file suffixes and the formats they hold.
SUFFIXES: dict[str, Format] = {".toml": "toml", ".json": "json"}

_BLOCK_KEYS: dict[str, type[Any]] = {
    "paragraph": Paragraph,
    "bullets": BulletList,
    "actions": ActionList,
    "tasks": TaskList,
    "table": Table,
}


#: Classes whose keys in a file differ from their field names.
_RENAMED: dict[type[Any], dict[str, str]] = {
    Attachment: {"doc_type": "type"},
    BulletList: {"items": "bullets"},
    Citation: {"doc_type": "type"},
    Report: {"doc_type": "type"},
}
KEY_OF_FIELD = {field: key for names in _RENAMED.values() for field, key in names.items()}


def make_converter(format: Format = "toml") -> cattrs.Converter:
    """A converter between the model and plain data for *format*.

    TOML keeps dates as :class:`datetime.date`; JSON writes them as ISO 8601 strings.  The
    converter is strict: wrong types are errors, never silently coerced.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=True)

    # Model classes are tables; their hooks are made on first use, when all the hooks of
    # their fields are known.
    @functools.cache
    def structure_table(cls: type[T]) -> Callable[[object, type], T]:
        generated = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            **_overrides(cls),
        )

        def hook(value: object, _: type) -> T:
            if type(value) is not dict and not isinstance(value, Mapping):
                raise InputError(i18n._("expected a table, got {got}").format(got=_describe(value)))
            return generated(value, cls)

        return hook

    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_structure_hook(int | Decimal, _structure_number)
    conv.register_unstructure_hook(int | Decimal, _unstructure_number)
    conv.register_unstructure_hook(Decimal, str)
    if format == "json":
        conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    else:
        conv.register_unstructure_hook(dt.date, lambda d: d)

    by_name = _structure_via(document_type, N_("a document type such as 'Báo cáo'"))

    def structure_document_type(value: object, _: type) -> DocumentType:
        # a known type by name, or a table of one's own: { name = "...", abbreviation = "..." }
        if isinstance(value, Mapping):
            table: DocumentType = structure_table(DocumentType)(value, DocumentType)
            return table
        return by_name(value, DocumentType)

    conv.register_structure_hook(DocumentType, structure_document_type)
    conv.register_unstructure_hook(DocumentType, _unstructure_document_type)
    for cls, parse, what in (
        (DocumentNumber, DocumentNumber.parse, N_("a document number such as '89/KH-STTTT'")),
        (Pinpoint, Pinpoint.parse, N_("a pinpoint such as 'điểm a khoản 5 Điều 102'")),
        (Capacity, _parse_capacity, N_("a capacity line such as 'KT. GIÁM ĐỐC'")),
    ):
        conv.register_structure_hook(cls, _structure_via(parse, what))
        conv.register_unstructure_hook(cls, str)

    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        _structure_enum_by_value,
    )
    conv.register_structure_hook_factory(_is_collection, _make_collection_hook(conv))
    conv.register_structure_hook_factory(_is_optional, _make_optional_hook(conv))
    conv.register_unstructure_hook_factory(_is_tuple, _make_tuple_unstructure_hook(conv))

    conv.register_structure_hook(Paragraph, _structure_paragraph)
    conv.register_unstructure_hook(Paragraph, _unstructure_paragraph)
    conv.register_structure_hook(Cell, structure_cell)
    conv.register_unstructure_hook(Cell, functools.partial(unstructure_cell, format=format))

    def structure_block(value: object, _: type) -> Block:
        if not isinstance(value, Mapping):
            raise InputError(
                i18n._("expected a block table with one of the keys {keys}").format(
                    keys=", ".join(_BLOCK_KEYS)
                )
            )
        kinds = [key for key in _BLOCK_KEYS if key in value]
        if len(kinds) != 1:
            found = (
                ", ".join(kinds)
                if kinds
                else i18n._("none of them: {keys}").format(keys=", ".join(sorted(value)))
                + _suggest_one(value, _BLOCK_KEYS)
            )
            raise InputError(
                i18n._("a block has exactly one of the keys {keys}; found {found}").format(
                    keys=", ".join(_BLOCK_KEYS), found=found
                )
            )
        kind = kinds[0]
        if kind in ("paragraph", "table"):  # a table holding the block under its one key
            if len(value) != 1:
                raise ForbiddenExtraKeysError("", _BLOCK_KEYS[kind], set(value) - {kind})
            if kind == "paragraph":  # a paragraph's problems are the block's own
                return conv.structure(value[kind], Paragraph)
            return _structure_under_key(conv, value, kind)
        block: Block = conv.structure(value, _BLOCK_KEYS[kind])
        return block

    def unstructure_block(value: Block) -> dict[str, object]:
        if isinstance(value, Paragraph | Table):
            key = "paragraph" if isinstance(value, Paragraph) else "table"
            return {key: conv.unstructure(value, type(value))}
        table: dict[str, object] = conv.unstructure(value, type(value))
        return table

    conv.register_structure_hook(Block, structure_block)
    conv.register_unstructure_hook(Block, unstructure_block)
    conv.register_unstructure_hook_func(
        lambda t: t == tuple[Block, ...], lambda blocks: [unstructure_block(b) for b in blocks]
    )

    def unstructure_table(cls: type[Any]) -> Callable[[Any], dict[str, Any]]:
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **_overrides(cls))

    conv.register_structure_hook_factory(attrs.has, structure_table)
    conv.register_unstructure_hook_factory(lambda t: t in _RENAMED, unstructure_table)
    return conv


def _structure_under_key(conv: cattrs.Converter, value: Mapping[str, Any], key: str) -> Block:
    """The block under *key*, its problems located under that key as the file writes it."""
    try:
        block: Block = conv.structure(value[key], _BLOCK_KEYS[key])
    except Exception as error:
        error.__notes__ = [
            *getattr(error, "__notes__", []),
            AttributeValidationNote(f"Structuring {key}", key, _BLOCK_KEYS[key]),
        ]
        raise ClassValidationError(f"While structuring {key}", [error], _BLOCK_KEYS[key]) from None
    return block


def _suggest_one(keys: Collection[str], known: Collection[str]) -> str:
    """The did-you-mean for the one key of *keys* (``"; did you mean 'paragraph'?"``), or ``""``."""
    return did_you_mean(next(iter(keys)), known) if len(keys) == 1 else ""


def _overrides(cls: type[Any]) -> dict[str, Any]:
    return {field: override(rename=key) for field, key in _RENAMED.get(cls, {}).items()}


_UNIONS = (types.UnionType, typing.Union)


def _is_collection(t: object) -> bool:
    """``tuple[X, ...]`` or ``frozenset[X]``: written as an array."""
    args = get_args(t)
    if get_origin(t) is frozenset:
        return True
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _make_collection_hook(
    conv: cattrs.Converter,
) -> Callable[[type], Callable[[object, type], Collection[Any]]]:
    """The hook factory for ``tuple[X, ...]`` and ``frozenset[X]``: each hook looks up the hook
    of its items once, on first use (when every model class's hook can be made)."""

    def factory(t: type) -> Callable[[object, type], Collection[Any]]:
        item_type = get_args(t)[0]
        build: Callable[[list[Any]], Collection[Any]] = (
            frozenset if get_origin(t) is frozenset else tuple
        )
        item_hook: Callable[[object, type], Any] | None = None

        def hook(value: object, _: type) -> Collection[Any]:
            nonlocal item_hook
            if not isinstance(value, list | tuple):
                raise InputError(f"expected an array, got {_describe(value)}")
            if item_hook is None:
                item_hook = conv.get_structure_hook(item_type)
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as error:
                    error.__notes__ = [
                        *getattr(error, "__notes__", []),
                        f"Structuring {t} @ index {index}",
                    ]
                    error.__notes__[-1] = IterableValidationNote(
                        error.__notes__[-1], index, item_type
                    )
                    errors.append(error)
            if errors:
                raise IterableValidationError(f"While structuring {t!r}", errors, t)
            return build(items)

        return hook

    return factory


def _is_tuple(t: object) -> bool:
    """``tuple[X, ...]``: written as an array."""
    return _is_collection(t) and get_origin(t) is tuple


def _make_tuple_unstructure_hook(
    conv: cattrs.Converter,
) -> Callable[[type], Callable[[tuple[Any, ...]], list[Any]]]:
    """The unstructure hook factory for ``tuple[X, ...]``: a list of what ``X``'s hook (looked
    up once, on first use) makes of each item; made without generating code."""

    def factory(t: type) -> Callable[[tuple[Any, ...]], list[Any]]:
        item_type = get_args(t)[0]
        item_hook: Callable[[Any], Any] | None = None

        def hook(value: tuple[Any, ...]) -> list[Any]:
            nonlocal item_hook
            if item_hook is None:
                item_hook = conv.get_unstructure_hook(item_type)
            return [item_hook(item) for item in value]

        return hook

    return factory


def _is_optional(t: object) -> bool:
    """``X | None``: read as ``X`` unless it is ``None``."""
    args = get_args(t)
    return get_origin(t) in _UNIONS and len(args) == 2 and type(None) in args


def _make_optional_hook(conv: cattrs.Converter) -> Callable[[type], Callable[[object, type], Any]]:
    """The hook factory for ``X | None``: ``None``, or what ``X``'s hook (looked up once, on
    first use) makes of the value."""

    def factory(t: type) -> Callable[[object, type], Any]:
        inner = next(arg for arg in get_args(t) if arg is not type(None))
        inner_hook: Callable[[object, type], Any] | None = None

        def hook(value: object, _: type) -> Any:
            nonlocal inner_hook
            if value is None:
                return None
            if inner_hook is None:
                inner_hook = conv.get_structure_hook(inner)
            return inner_hook(value, inner)

        return hook

    return factory


_CONVERTERS: dict[str, cattrs.Converter] = {}


def converter(format: Format) -> cattrs.Converter | None:
    """The converter for *format*, made once; None for a format that does not exist."""
    if format not in SUFFIXES.values():
        return None
    if format not in _CONVERTERS:
        _CONVERTERS[format] = make_converter(format)
    return _CONVERTERS[format]
