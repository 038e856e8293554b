"""The equivalent mutants of ``scripts/mutate.py``'s targets: mutants no input can tell from
the code, each with the reason.  A survivor listed here is counted apart and left out of the
score; every other survivor counts against it.  Messages are never listed: a mutant that
changes what a user reads is killed by a test asserting the message word for word."""

from __future__ import annotations

from mutate_equivalent_citations import CITATION_READER  # scripts/ is on the path

#: By the function mutmut mutates and the line the mutant writes there (so that the list holds
#: when mutmut numbers a function's mutants anew): why no input can tell it from the code.
EQUIVALENT: dict[tuple[str, str], str] = {
    # model
    (
        "directive_report.model.table.x__place",
        "for below in range(r + cell.rowspan):",
    ): "the rows up to r are placed already: what is marked for them is never read",
    (
        "directive_report.model.table.x__place",
        "for below in range(r - 1, r + cell.rowspan):",
    ): "the rows up to r are placed already: what is marked for them is never read",
    (
        "directive_report.model.table.x__where",
        "if cell is None and column is None:",
    ): "cell and column are given together or not at all",
    (
        "directive_report.model.placeholder.x_find_placeholders",
        "break  # derived data (a table's placed cells): its source is walked",
    ): "the one field not given to a constructor (Table._placed) is its class's last",
    (
        "directive_report.model.placeholder.x__collect",
        "text = value if isinstance(value, str) else cast(None, value).text",
    ): "typing.cast does nothing at run time",
    (
        "directive_report.model.placeholder.x__collect",
        "children: Iterable[tuple[str | int, object]] = enumerate(cast(None, value))",
    ): "typing.cast does nothing at run time",
    (
        "directive_report.model.placeholder.x__collect",
        "kind = _KINDS.get(None) or _kind(type(value))",
    ): "a type missing from the cache has its kind worked out again, the same",
    (
        "directive_report.model.placeholder.x__collect",
        "if (_KINDS.get(None) or _kind(type(child))) != _OTHER:  # a number, a date, None",
    ): "a type missing from the cache has its kind worked out again, the same",
    (
        "directive_report.model.placeholder.x__collect",
        "if (_KINDS.get(type(child)) and _kind(type(child))) != _OTHER:  # a number, a date, None",
    ): "a child not yet cached is walked into, and the walk of a number, a date or None finds "
    "nothing",
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
    # vi
    (
        "directive_report.vi._common.x__digit_count",
        "count = max(2, int(size.bit_length() * 0.30102999566398120))",
    ): "only ever called for ints over 128 bits, whose first estimate is already over 38",
    (
        "directive_report.vi._common.x__check_size",
        "too_big = value.bit_length() > 3.32 / MAX_DIGITS and _digit_count(value) > MAX_DIGITS",
    ): "the quick check on the bits let through: the digits are counted exactly anyway",
    (
        "directive_report.vi._common.x__check_size",
        "too_big = value.bit_length() >= 3.32 * MAX_DIGITS and _digit_count(value) > MAX_DIGITS",
    ): "an int of exactly 3320 bits has under 1000 digits: counted, and let through all the same",
    (
        "directive_report.vi.numbers.x__split_decimal",
        "if exponent > 0:",
    ): "at exponent 0 the other branch cuts after all digits: the same whole part, no fraction",
    (
        "directive_report.vi.numbers.x__split_decimal",
        "if exponent >= 1:",
    ): "at exponent 0 the other branch cuts after all digits: the same whole part, no fraction",
    (
        "directive_report.vi.numbers.x__to_decimal",
        'if x != x or x in (float("INF"), float("-inf")):',
    ): "float() reads 'INF' as 'inf'",
    (
        "directive_report.vi.numbers.x__to_decimal",
        'if x != x or x in (float("inf"), float("-INF")):',
    ): "float() reads '-INF' as '-inf'",
    (
        "directive_report.vi.words.x_number_to_words",
        'fraction = fraction.rstrip("XX0XX")',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.words.x_number_to_words",
        'rest = fraction.lstrip("XX0XX")',
    ): "lstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.numbers.x_format_number",
        "if decimals is None and type(None) is int:",
    ): "the fast path for an int off: the general path writes the same digits",
    (
        "directive_report.vi.words.x__group_tables",
        "tables = None",
    ): "the tables are built again on every call: the same tables",
    (
        "directive_report.vi.words.x__group_tables",
        "tables = _GROUP_TABLES.get(None)",
    ): "the tables are built again on every call: the same tables",
    (
        "directive_report.vi.words.x__group_tables",
        'tails = ["XXXX"] + [',
    ): "tails[0] is never read (a zero tail adds nothing)",
    (
        "directive_report.vi.words.x__group_tables",
        'inner[g] if g >= 100 else _tens_units(g // 10, g % 10, four) if (g) or True else ""',
    ): "leading[0] is never read: a leading group is never zero",
    (
        "directive_report.vi.words.x__group_tables",
        'inner[g] if g >= 100 else _tens_units(g // 10, g % 10, four) if g else "XXXX"',
    ): "leading[0] is never read: a leading group is never zero",
    (
        "directive_report.vi.money.x__compact",
        'fraction = str(rest).zfill(width).rstrip("0") if (rest) or True else ""',
    ): "str(0).zfill(width).rstrip('0') is '' as well",
    (
        "directive_report.vi.money.x__compact",
        'fraction = str(rest).zfill(width).rstrip("XX0XX") if rest else ""',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.money.x__compact",
        'sign = "-" if whole <= 0 else ""',
    ): "reached only for |whole| >= 1000: whole is never 0 there",
    (
        "directive_report.vi.money.x__compact",
        'sign = "-" if whole < 1 else ""',
    ): "reached only for |whole| >= 1000: whole is never 0 there",
    (
        "directive_report.vi.money.x__compact",
        "own_scale = None",
    ): "only read as a truth value, where None is False",
    (
        "directive_report.vi.numbers.x__round",
        "digits = max(x.adjusted(), 1) + decimals + 2",
    ): "a larger precision than the rounded result needs changes nothing",
    (
        "directive_report.vi.numbers.x__round",
        "digits = max(x.adjusted(), 0) + decimals + 3",
    ): "a larger precision than the rounded result needs changes nothing",
    (
        "directive_report.vi.numbers.x__round",
        "return x.quantize(Decimal(2).scaleb(-decimals), ROUND_HALF_UP, Context(prec=digits))",
    ): "quantize takes only the exponent of its first argument",
    (
        "directive_report.vi.numbers.x_format_percent",
        'return text.rstrip("XX0XX").rstrip(",") + "%"',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.numbers.x_format_percent",
        'return text.rstrip("0").rstrip("XX,XX") + "%"',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.words.x__check_style",
        "for (name, allowed), value in zip(_OPTIONS, style, strict=None):",
    ): "both always hold four items",
    (
        "directive_report.vi.words.x__check_style",
        "for (name, allowed), value in zip(_OPTIONS, style, ):",
    ): "both always hold four items",
    (
        "directive_report.vi.words.x__check_style",
        "for (name, allowed), value in zip(_OPTIONS, style, strict=False):",
    ): "both always hold four items",
    (
        "directive_report.vi.words.x__read_int",
        "value = _evaluate(tokens) if (tokens) or True else None",
    ): "no tokens read as 0, whose reading 'không' is not the (empty) tokens: the same error",
    (
        "directive_report.vi.words.x__read_int",
        "hint = None",
    ): "only read as `hint or ...`, where None is ''",
    (
        "directive_report.vi.words.x_words_to_number",
        'tokens = unicodedata.normalize("NFC", text).lower().split(None, )',
    ): "the bound on memory only: past MAX_WORDS words the same error, below the same tokens",
    (
        "directive_report.vi.words.x_words_to_number",
        'tokens = unicodedata.normalize("NFC", text).lower().rsplit(None, MAX_WORDS)',
    ): "the same count of tokens: past MAX_WORDS words the same error, below the same tokens",
    (
        "directive_report.vi.words.x__evaluate",
        "if billions.bit_length() >= _MAX_BITS:  # stop before the numbers grow any larger",
    ): "a value of _MAX_BITS bits has over 1000 digits: refused at the end with the same error",
    # layout
    **dict.fromkeys(
        (
            (
                "directive_report.layout.content.x__block",
                f"items=tuple(_task_item(m, t) for m, t in zip(markers, block.tasks, {strict}))",
            )
            for strict in ("strict=None", "", "strict=False")
        ),
        "there is always one marker per task: zip's strict check never fires",
    ),
    **dict.fromkeys(
        (
            (
                "directive_report.layout.content.x__block",
                f"raise TypeError({message})  # pragma: no cover",
            )
            for message in ("None", 'f"unknown block {type(None).__name__}"')
        ),
        "the message of an unreachable error: the model admits only the known block types",
    ),
    **dict.fromkeys(
        (
            ("directive_report.layout.content_types.x_grid_slots", f"for later in {span}:")
            for span in ("range(r + cell.rowspan)", "range(r - 1, r + cell.rowspan)")
        ),
        "a rowspan also noted for its own row and the one above: both were yielded, never read",
    ),
    (
        "directive_report.layout.content.x__end_body",
        "final = attrs.evolve(final, details=(*final.details[:-2], _ended(final.details[-1])))",
    ): "a task has at most one line of details: [:-2] and [:-1] are both empty",
    **dict.fromkeys(
        (("directive_report.layout.table_layout.x_table_blocks", line) for line in ("", ")")),
        "border or padding left to GridTable's defaults, which are the same 0.5 pt and 1 mm",
    ),
    (
        "directive_report.layout.table_layout.x__widths",
        "measure(cell.line.text, style.size, bold=bold) if (cell.line.runs) or True else (0, 0)",
    ): "an empty cell measured: no words, a line of 0 mm, as (0, 0)",
    (
        "directive_report.layout.table_layout.x__widths",
        "return column_widths(columns, width, padding=2 / CELL_PADDING + WIDTH_SLACK, spans=spans)",
    ): "CELL_PADDING is 1: 2 / 1 is 2 * 1",
    ("directive_report.layout.table_layout.x_part_title", "widest = 1.0"): (
        "a part's label or type line is wider than 1 mm, so the start value is never the widest"
    ),
    **dict.fromkeys(
        (
            (
                "directive_report.layout.table_widths.x_column_widths",
                "wanted = [max(column.line + padding, low) for column, low in "
                f"zip(columns, minimum, {strict})]",
            )
            for strict in ("strict=None", "", "strict=False")
        ),
        "minimum is made from columns: zip's strict check never fires",
    ),
    **dict.fromkeys(
        (
            (
                "directive_report.layout.table_widths.x_column_widths",
                line.format(strict=strict),
            )
            for strict in ("strict=None", "", "strict=False")
            for line in (
                "extra = [w - m for w, m in zip(wanted, minimum, {strict})]",
                "return tuple(m + room * e / total_extra for m, e in zip(minimum, extra, {strict}))",
            )
        ),
        "wanted, minimum and extra have one item per column: zip's strict check never fires",
    ),
    ("directive_report.layout.table_widths.x_column_widths", "if need >= have:"): (
        "when need equals have the widening adds 0"
    ),
    ("directive_report.layout.table_widths.x_column_widths", "if sum(wanted) < available:"): (
        "when the wanted widths sum to the room exactly, sharing the room left (none) past "
        "the minimums gives the wanted widths too"
    ),
    (
        "directive_report.layout.table_widths.x_column_widths",
        "if sum(minimum) > available:  # not even the words fit: narrow every column alike",
    ): "when the minimums sum to the room exactly, both branches give the minimums",
    ("directive_report.layout.geometry.x__name_lines", "if len(even) >= 1 and unit is not None:"): (
        "a line broken before its unit has two lines at least, never fewer than one that fits"
    ),
    ("directive_report.layout.geometry.x__header", "motto = header.national[+1]"): (
        "the national lines are two: [+1] is [-1]"
    ),
    ("directive_report.layout.geometry.x__header_columns", "if shift < 0:"): (
        "a shift of 0 moves nothing"
    ),
    (
        "directive_report.layout.geometry.x__fitted_lines",
        "for part in break_lines(line, width, style.size, bold=style.bold, )",
    ): "no italic style is broken into lines (trích yếu, cơ quan chủ quản, cơ quan ban hành)",
    **dict.fromkeys(
        (
            ("directive_report.layout.metrics.x_break_lines", f'space = advance_units(" ", {face})')
            for face in ("italic=italic", "bold=bold, ")
        ),
        "a space is 512 units wide in every face of the font",
    ),
    ("directive_report.layout.metrics.x_break_lines", "ends = [1]"): (
        "only differences of the running totals are read"
    ),
    **dict.fromkeys(
        (
            (
                "directive_report.layout.metrics.x_break_lines",
                "best: list[tuple[int, float, tuple[int, ...]]] = [(1, 0.0, ())]",
            ),
            (
                "directive_report.layout.metrics.x_break_lines",
                "candidates.append((lines + 2, max(widest, line), (*breaks, start)))",
            ),
        ),
        "every count of lines shifted or doubled alike: the same order, the same best",
    ),
    **dict.fromkeys(
        (
            (
                "directive_report.layout.metrics.x_break_lines",
                f'return tuple(" ".join(words[a:b]) for a, b in zip(starts, breaks, {strict}))',
            )
            for strict in ("strict=None", "", "strict=False")
        ),
        "starts and breaks are made from the same breaks: zip's strict check never fires",
    ),
    # citations/rest: the keys of resolve()'s index are only compared with one another
    **{
        ("directive_report.citations._resolve.x__keys", line): (
            "a key's tag renamed the same way for every citation: still one tag per kind, "
            "distinct from the others"
        )
        for line in (
            'keys.add(("XXnumberXX", str(citation.running_number)))',
            'keys.add(("NUMBER", str(citation.running_number)))',
            'keys.add(("XXnameXX", citation.name.casefold()))',
            'keys.add(("NAME", citation.name.casefold()))',
            'keys.add(("XXconstitutionXX",))',
            'keys.add(("CONSTITUTION",))',
        )
    },
    # citations/rest: resolve(), the NFC offsets and the stream (tests in
    # tests/test_citations_resolve_more.py, _source_offsets.py, _stream_chunks.py)
    (
        "directive_report.citations._resolve.x_resolve",
        "if len(fits) >= 1 and all(_agree(a.citation, b.citation) for a in fits for b in fits):",
    ): "with one fitting document there is nothing to join: the loop over fits[1:] is empty "
    "and fits[:1] is fits",
    (
        "directive_report.citations._resolve.x_resolve",
        "if mention.alias and index >= 0 and (index - 1) in owner:",
    ): "at index 0 the mention before, -1, is never in owner (its keys are indices of mentions)",
    (
        "directive_report.citations._resolve.x__keys",
        "keys.add(None)",
    ): "for the Constitution, a tag of its own renamed, as above (the same line for a number or "
    "a name merges two kinds and is killed: tests/test_citations_resolve_more.py)",
    (
        "directive_report.citations._resolve.xǁ_Documentǁabsorb",
        "other.alive = None",
    ): "alive is only tested for truth: None is as false as False",
    (
        "directive_report.citations._source.xǁSourceǁ_compose",
        "if start >= done:",
    ): "at start == done the piece added is empty and the offsets move by 0",
    (
        "directive_report.citations._source.xǁSourceǁ_every_cluster",
        "for index in range(len(self.original) + 1):",
    ): "index 0 adds the empty cluster (0, 0), which maps 0 to 0 as the cluster after it does "
    "(the fallback is never taken for an empty text, which is NFC)",
    (
        "directive_report.citations._source.xǁSourceǁoriginal_offset",
        "if index <= 0:",
    ): "the first recorded stretch starts where nothing before it changed: its start is the same "
    "offset in both texts, so the formula gives the offset itself",
    (
        "directive_report.citations._source.xǁSourceǁoriginal_offset",
        "if index < 1:",
    ): "the first recorded stretch starts where nothing before it changed: its start is the same "
    "offset in both texts, so the formula gives the offset itself",
    (
        "directive_report.citations._stream.x__extract_path",
        'with path.open(encoding="UTF-8", newline="") as stream:',
    ): "codec names are read in any case",
    (
        "directive_report.citations._stream.x_extract",
        "return extract_chunks(_read_chunks(cast(None, text)), issuers=issuers)",
    ): "cast() returns its second argument: the type is for mypy only",
    (
        "directive_report.citations._stream.x_extract_chunks",
        "kept = 1  # length of the buffer after the last pass: a pass waits for MARGIN new "
        "characters",
    ): "before the first pass the buffer must hold MARGIN + CONTEXT characters anyway, more "
    "than MARGIN + 1; every pass sets kept",
    (
        "directive_report.citations._stream.x_extract_groups",
        "if mapped or after:  # the first NFC offset at or after *after* in the text as given",
    ): "for NFC text original_offset is the identity: the search finds *after* itself",
    (
        "directive_report.citations._stream.x_extract_groups",
        "low, high = 1, len(source.text)",
    ): "the search runs only for after > 0, and offset 0 maps to 0 < after: the answer is never 0",
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

EQUIVALENT.update(CITATION_READER)
