"""The equivalent mutants of ``vi``, ``layout/content`` and ``layout/geometry`` in
``scripts/mutate.py``: each by the function mutmut mutates and the line the mutant writes, with
the reason no input can tell it from the code.  Merged into :data:`mutate_equivalent.EQUIVALENT`."""

from __future__ import annotations

VI_AND_LAYOUT: dict[tuple[str, str], str] = {
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
}
