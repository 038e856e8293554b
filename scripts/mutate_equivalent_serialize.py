"""The equivalent mutants of ``serialize`` in ``scripts/mutate.py``: each by the function mutmut
mutates and the line the mutant writes, with the reason no input can tell it from the code.
Merged into :data:`mutate_equivalent.EQUIVALENT`."""

from __future__ import annotations

SERIALIZE: dict[tuple[str, str], str] = {
    # serialize
    (
        "directive_report.serialize._cells.x_structure_cell",
        "return Cell(value=_structure_date(value, None))",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._cells.x__structure_cell_table",
        "colspan, rowspan = (_structure_int(value.get(key, 1), None) for key in _CELL_SPANS)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._cells.x__structure_cell_table",
        "content = _structure_date(raw, None)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._cells.x__structure_cell_table",
        "content = _structure_int(raw, None)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._cells.x__structure_cell_table",
        "content = _structure_decimal(raw, None)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._cells.x__structure_cell_table",
        "content = _structure_number(raw, None)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._converter.x__structure_under_key",
        '*getattr(None, "__notes__", []),',
    ): "the error raised for a block's table carries no notes of its own (cattrs notes the "
    "errors it groups, not the group)",
    (
        "directive_report.serialize._converter.x__structure_under_key",
        '*getattr(error, "XX__notes__XX", []),',
    ): "the error raised for a block's table carries no notes of its own (cattrs notes the "
    "errors it groups, not the group)",
    (
        "directive_report.serialize._converter.x__structure_under_key",
        '*getattr(error, "__NOTES__", []),',
    ): "the error raised for a block's table carries no notes of its own (cattrs notes the "
    "errors it groups, not the group)",
    (
        "directive_report.serialize._converter.x__structure_under_key",
        "AttributeValidationNote(None, key, _BLOCK_KEYS[key]),",
    ): "a note's text and type are not read: a problem's place is the note's name",
    (
        "directive_report.serialize._converter.x__structure_under_key",
        'AttributeValidationNote(f"Structuring {key}", key, None),',
    ): "a note's text and type are not read: a problem's place is the note's name",
    (
        "directive_report.serialize._converter.x__structure_under_key",
        'raise ClassValidationError(f"While structuring {key}", [error], None) from None',
    ): "the group's class is not read: its problems are its children",
    (
        "directive_report.serialize._read.x_read_bounded",
        'handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", None))',
    ): "every POSIX system has O_NONBLOCK: the default is Windows', where the suite is not run",
    (
        "directive_report.serialize._read.x_read_bounded",
        'handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", ))',
    ): "every POSIX system has O_NONBLOCK: the default is Windows', where the suite is not run",
    (
        "directive_report.serialize._read.x_read_bounded",
        'return data.decode("UTF-8")',
    ): "codec names are read in any case",
    (
        "directive_report.serialize._hooks.x__parse_capacity",
        "None,",
    ): "the converter keeps only the message of this error: its place in the file is the key's",
    (
        "directive_report.serialize._hooks.x__parse_capacity",
        '"XXCapacityXX",',
    ): "the converter keeps only the message of this error: its place in the file is the key's",
    (
        "directive_report.serialize._hooks.x__parse_capacity",
        '"capacity",',
    ): "the converter keeps only the message of this error: its place in the file is the key's",
    (
        "directive_report.serialize._hooks.x__parse_capacity",
        '"CAPACITY",',
    ): "the converter keeps only the message of this error: its place in the file is the key's",
    (
        "directive_report.serialize._hooks.x__parse_capacity",
        '"XXprefixXX",',
    ): "the converter keeps only the message of this error: its place in the file is the key's",
    (
        "directive_report.serialize._hooks.x__parse_capacity",
        '"PREFIX",',
    ): "the converter keeps only the message of this error: its place in the file is the key's",
    (
        "directive_report.serialize._hooks.x__parse_capacity",
        ")",
    ): "the converter keeps only the message of this error: its place in the file is the key's",
    (
        "directive_report.serialize._hooks.x__structure_number",
        "return _structure_decimal(value, None)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._converter.x__is_collection",
        "return get_origin(t) is tuple and len(args) == 2 or args[1] is Ellipsis",
    ): "only tuple[X, ...] and frozenset[X] reach this test: the model's other types have "
    "hooks of their own, and it has no tuple of fixed length",
    (
        "directive_report.serialize._converter.x__is_collection",
        "return get_origin(t) is tuple or len(args) == 2 and args[1] is Ellipsis",
    ): "only tuple[X, ...] and frozenset[X] reach this test: the model's other types have "
    "hooks of their own, and it has no tuple of fixed length",
    (
        "directive_report.serialize._hooks.x__expect",
        "isinstance(value, bool) and bool not in (kind if (isinstance(kind, tuple)) and False "
        "else (kind,))",
    ): "no caller gives a tuple of kinds",
    (
        "directive_report.serialize._hooks.x__runs",
        'text=_structure_str(item["text"], None),',
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._hooks.x__runs",
        'bold=_structure_bool(item.get("bold", False), None),',
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._hooks.x__runs",
        'italic=_structure_bool(item.get("italic", False), None),',
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._read.x_loads",
        'raise ReportLoadError(None, [("", message(error))]) from None',
    ): "unreachable: the document is a table there, and cattrs raises the model's own errors in a group",
    (
        "directive_report.serialize._read.x_loads",
        "raise ReportLoadError(source, None) from None",
    ): "unreachable: the document is a table there, and cattrs raises the model's own errors in a group",
    (
        "directive_report.serialize._read.x_loads",
        'raise ReportLoadError([("", message(error))]) from None',
    ): "unreachable: the document is a table there, and cattrs raises the model's own errors in a group",
    (
        "directive_report.serialize._read.x_loads",
        "raise ReportLoadError(source, ) from None",
    ): "unreachable: the document is a table there, and cattrs raises the model's own errors in a group",
    (
        "directive_report.serialize._read.x_loads",
        'raise ReportLoadError(source, [("XXXX", message(error))]) from None',
    ): "unreachable: the document is a table there, and cattrs raises the model's own errors in a group",
    (
        "directive_report.serialize._read.x_loads",
        'raise ReportLoadError(source, [("", message(None))]) from None',
    ): "unreachable: the document is a table there, and cattrs raises the model's own errors in a group",
    (
        "directive_report.serialize._converter.x_make_converter",
        'def make_converter(format: Format = "XXtomlXX") -> cattrs.Converter:',
    ): "the default format matters only as 'json' or not: any other default writes TOML's dates",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv = cattrs.Converter(forbid_extra_keys=False, omit_if_default=True, detailed_validation=True)",
    ): "the model's table hooks are made with extra keys forbidden and detailed validation, whatever the converter's defaults",
    (
        "directive_report.serialize._converter.x_make_converter",
        "lambda t: isinstance(t, type) or issubclass(t, enum.Enum),",
    ): "every class that reaches this test is an enumeration: the others have hooks of their own",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=False)",
    ): "the model's table hooks are made with extra keys forbidden and detailed validation, whatever the converter's defaults",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(_structure_paragraph)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(_unstructure_paragraph)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(structure_cell)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(functools.partial(unstructure_cell, format=format))",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(_structure_str)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "raise ForbiddenExtraKeysError(None, _BLOCK_KEYS[kind], set(value) - {kind})",
    ): "only the extra keys of this error are read",
    (
        "directive_report.serialize._converter.x_make_converter",
        'raise ForbiddenExtraKeysError("", None, set(value) - {kind})',
    ): "only the extra keys of this error are read",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(_structure_int)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        'def make_converter(format: Format = "TOML") -> cattrs.Converter:',
    ): "the default format matters only as 'json' or not: any other default writes TOML's dates",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(_structure_bool)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(_structure_date)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(Decimal, None)",
    ): "no field of the model is a Decimal alone (numbers are int | Decimal, cells have their own hooks): the hook is not used",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(_structure_decimal)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(Decimal, )",
    ): "no field of the model is a Decimal alone (numbers are int | Decimal, cells have their own hooks): the hook is not used",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(_structure_number)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv = cattrs.Converter(forbid_extra_keys=None, omit_if_default=True, detailed_validation=True)",
    ): "the model's table hooks are made with extra keys forbidden and detailed validation, whatever the converter's defaults",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(_unstructure_number)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(Decimal, None)",
    ): "no field of the model is a Decimal alone (numbers are int | Decimal, cells have their own hooks): the hook is not used",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(Decimal, )",
    ): "no field of the model is a Decimal alone (numbers are int | Decimal, cells have their own hooks): the hook is not used",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(lambda d: d)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=None)",
    ): "the model's table hooks are made with extra keys forbidden and detailed validation, whatever the converter's defaults",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv = cattrs.Converter(omit_if_default=True, detailed_validation=True)",
    ): "the model's table hooks are made with extra keys forbidden and detailed validation, whatever the converter's defaults",
    (
        "directive_report.serialize._converter.x_make_converter",
        "table: DocumentType = structure_table(DocumentType)(value, None)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._converter.x_make_converter",
        "return by_name(value, None)",
    ): "the hook's second argument (the type asked for) is not read",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(structure_document_type)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(_unstructure_document_type)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, )",
    ): "the model's table hooks are made with extra keys forbidden and detailed validation, whatever the converter's defaults",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        '*getattr(None, "__notes__", []),',
    ): "an item's error carries no notes of its own here (cattrs notes the errors it groups, not the group)",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        '*getattr(error, "XX__notes__XX", []),',
    ): "an item's error carries no notes of its own here (cattrs notes the errors it groups, not the group)",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        '*getattr(error, "__NOTES__", []),',
    ): "an item's error carries no notes of its own here (cattrs notes the errors it groups, not the group)",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        "error.__notes__[-1] = IterableValidationNote(None, index, item_type)",
    ): "a note's text and type are not read: a problem's place is the note's index",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        "error.__notes__[-1] = IterableValidationNote(error.__notes__[-1], index, None)",
    ): "a note's text and type are not read: a problem's place is the note's index",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        'raise IterableValidationError(f"While structuring {t!r}", errors, None)',
    ): "the group's type is not read: its problems are its children",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        "return frozenset(items) if (get_origin(t) is frozenset) and False else tuple(items)",
    ): "the one frozenset field (DocumentType.kinds) makes a frozenset of what it is given",
    (
        "directive_report.serialize._converter.x__make_collection_hook",
        "return frozenset(items) if get_origin(None) is frozenset else tuple(items)",
    ): "the one frozenset field (DocumentType.kinds) makes a frozenset of what it is given",
    (
        "directive_report.serialize._converter.x_make_converter",
        'raise ForbiddenExtraKeysError("XXXX", _BLOCK_KEYS[kind], set(value) - {kind})',
    ): "only the extra keys of this error are read",
    (
        "directive_report.serialize._converter.x_make_converter",
        "return {key: conv.unstructure(value, None)}",
    ): "cattrs unstructures by the object's own class when none is given: the same",
    (
        "directive_report.serialize._converter.x_make_converter",
        "return {key: conv.unstructure(value, )}",
    ): "cattrs unstructures by the object's own class when none is given: the same",
    (
        "directive_report.serialize._converter.x_make_converter",
        "table: dict[str, object] = conv.unstructure(value, None)",
    ): "cattrs unstructures by the object's own class when none is given: the same",
    (
        "directive_report.serialize._converter.x_make_converter",
        "table: dict[str, object] = conv.unstructure(value, )",
    ): "cattrs unstructures by the object's own class when none is given: the same",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_structure_hook(structure_block)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "conv.register_unstructure_hook(unstructure_block)",
    ): "cattrs reads the type a hook is for from its annotation when none is given: the same type",
    (
        "directive_report.serialize._converter.x_make_converter",
        "None, lambda blocks: [unstructure_block(b) for b in blocks]",
    ): "without it, cattrs writes tuple[Block, ...] item by item through the Block hook: the same",
    (
        "directive_report.serialize._converter.x_make_converter",
        "lambda t: None, lambda blocks: [unstructure_block(b) for b in blocks]",
    ): "without it, cattrs writes tuple[Block, ...] item by item through the Block hook: the same",
    (
        "directive_report.serialize._write.x_dump",
        'write_atomically(path, text.encode("UTF-8"))',
    ): "codec names are read in any case",
    (
        "directive_report.serialize._write.x_to_data",
        'data: dict[str, Any] = _converter(format, "<data>").unstructure(report, None)',
    ): "cattrs unstructures by the object's own class when none is given: Report",
    (
        "directive_report.serialize._write.x_to_data",
        'data: dict[str, Any] = _converter(format, "<data>").unstructure(report, )',
    ): "cattrs unstructures by the object's own class when none is given: Report",
    (
        "directive_report.serialize._read.x_read_bounded",
        'handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 1))',
    ): "every POSIX system has O_NONBLOCK: the default is Windows', where the suite is not run",
    (
        "directive_report.serialize._write.x_dumps",
        'data: dict[str, Any] = _converter(format, "<string>").unstructure(report, None)',
    ): "cattrs unstructures by the object's own class when none is given: Report",
    (
        "directive_report.serialize._write.x_dumps",
        'data: dict[str, Any] = _converter(format, "<string>").unstructure(report, )',
    ): "cattrs unstructures by the object's own class when none is given: Report",
    (
        "directive_report.serialize._write.x_dumps",
        'return json.dumps(data, ensure_ascii=None, separators=(",", ":"))',
    ): "json reads ensure_ascii as a truth value: None is False",
    (
        "directive_report.serialize._write.x_dumps",
        'return json.dumps(data, ensure_ascii=None, indent=2) + "\\n"',
    ): "json reads ensure_ascii as a truth value: None is False",
    (
        "directive_report.serialize._write.x_dumps",
        "return tomli_w.dumps(data, multiline_strings=None, indent=2)",
    ): "tomli_w reads multiline_strings as a truth value: None is False",
    (
        "directive_report.serialize._write.x_dumps",
        "return tomli_w.dumps(data, indent=2)",
    ): "multiline_strings is False by default in tomli_w",
    # serialize: the scanner of load positions (tests/test_serialize_positions_more.py)
    (
        "directive_report.serialize._positions.xǁ_Scannerǁ_take",
        "raise ValueError(None)",
    ): "never raised: the text was parsed by tomllib or json before it is scanned, so each "
    "pattern matches where the scanner takes it (pragma: no cover)",
    (
        "directive_report.serialize._positions.xǁ_Scannerǁ_toml_key_value",
        "for end in range(len(keys)):  # the tables a dotted key makes start at the key",
    ): "end 0 records the table the key is in: a header or an inline table recorded before "
    "(setdefault keeps it), or the top-level table (), which position_of never looks up",
    (
        "directive_report.serialize._positions.xǁ_Scannerǁjson_value",
        'if char in "XX{[XX":',
    ): "a JSON value never starts with X",
    (
        "directive_report.serialize._problems.x_data_path",
        "return tuple(step if (isinstance(step, int)) and False else KEY_OF_FIELD.get(step, step) "
        "for step in path)",
    ): "an index is never a key of KEY_OF_FIELD (field names): get(index, index) is the index",
}
