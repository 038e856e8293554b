"""Reading Markdown back for the Markdown exporter's tests: markdown-it-py's tokens as blocks with
the emphasis of every character, and the block structure the layout prescribes for a report."""

from __future__ import annotations

import itertools

from markdown_it import MarkdownIt
from markdown_it.token import Token

from _markdown_expected import (
    MOTTO,
    NATIONAL_TITLE,
    Kind,
    ended,
    expected_blocks,
    expected_contact,
    expected_decision,
    expected_parts,
    expected_request,
    expected_sections,
    with_ending,
)
from directive_report import (
    ActionList,
    BulletList,
    Paragraph,
    Report,
    Run,
    TaskList,
    vi,
)

PARSERS = {
    "commonmark": MarkdownIt("commonmark"),
    "gfm": MarkdownIt("commonmark").enable(["table", "strikethrough"]),
}

Styled = tuple[tuple[str, bool, bool], ...]  # (character, bold, italic); whitespace unstyled


# --------------------------------------------------------------------------------------------
# Reading Markdown back


def inline_text(token: Token) -> tuple[str, Styled]:
    """Plain text of an inline token (hard breaks are newlines) and each character's emphasis.

    Anything but text, breaks and emphasis (a link, code, HTML, strikethrough) is a structure
    the exporter must never produce from user text: it fails the test.
    """
    text: list[str] = []
    styled: list[tuple[str, bool, bool]] = []
    bold = italic = 0
    for child in token.children or []:
        if child.type in ("text", "softbreak", "hardbreak"):
            piece = child.content if child.type == "text" else "\n"
            text.append(piece)
            styled += [
                (c, bold > 0, italic > 0) if not c.isspace() else (c, False, False) for c in piece
            ]
        elif child.type in ("strong_open", "strong_close"):
            bold += 1 if child.nesting == 1 else -1
        elif child.type in ("em_open", "em_close"):
            italic += 1 if child.nesting == 1 else -1
        else:
            raise AssertionError(f"unexpected inline token {child.type} in {token.content!r}")
    return "".join(text), tuple(styled)


_TABLE_TOKENS = frozenset(
    f"{part}_{end}"
    for part in ("table", "thead", "tbody", "tr", "th", "td")
    for end in ("open", "close")
)


def parse(markdown: str, parser: str = "gfm") -> list[tuple[str, str, Styled]]:
    """The blocks of *markdown* as (kind, plain text, styled characters)."""
    blocks: list[tuple[str, str, Styled]] = []
    tokens = PARSERS[parser].parse(markdown)
    in_item = False
    rows: list[int] = []  # the cells of each row of the pipe table being read
    for index, token in enumerate(tokens):
        if token.type in _TABLE_TOKENS:
            if token.type == "tr_open":
                rows.append(0)
            elif token.type in ("th_open", "td_open"):
                rows[-1] += 1
            elif token.type == "table_close":
                widths = set(rows)
                shape = f"{len(rows)}x{widths.pop()}" if len(widths) == 1 else f"ragged {rows}"
                blocks.append(("table", shape, ()))
                rows = []
        elif rows:
            continue  # a cell's inline text
        elif token.type == "hr":
            blocks.append(("hr", "", ()))
        elif token.type == "heading_open":
            blocks.append((token.tag, *inline_text(tokens[index + 1])))
        elif token.type == "paragraph_open":
            blocks.append(("li" if in_item else "p", *inline_text(tokens[index + 1])))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            start = token.attrs.get("start", 1)
            blocks.append(
                ("ol" if token.type == "ordered_list_open" else "ul", f"start={start}", ())
            )
        elif token.type in ("list_item_open", "list_item_close"):
            in_item = token.nesting == 1
        elif token.type == "html_block" and token.content == "<!-- -->\n":
            continue  # the comment that keeps two lists apart
        elif token.type not in (
            "inline",
            "heading_close",
            "paragraph_close",
            "bullet_list_close",
            "ordered_list_close",
        ):
            blocks.append((token.type, token.content, ()))  # never expected
    return blocks


def structure(markdown: str, parser: str = "gfm") -> list[Kind]:
    """The blocks of *markdown* as (kind, plain text); the line stating a table's merged cells
    is reduced to its label (its wording is checked by hand in test_render_tables.py)."""
    return [
        (kind, "Ô gộp: …" if kind == "p" and text.startswith("Ô gộp: ") else text)
        for kind, text, _ in parse(markdown, parser)
    ]


def styled(runs: tuple[Run, ...] | list[Run]) -> Styled:
    return tuple(
        (c, run.bold, run.italic) if not c.isspace() else (c, False, False)
        for run in runs
        for c in run.text
    )


# --------------------------------------------------------------------------------------------
# What the layout says the document is made of


def expected_structure(report: Report) -> list[Kind]:
    """The blocks the layout rules give for *report*, in order: the header row by row (ô 2,
    ô 1, then ô 3, ô 4), the title, Kính gửi, the body (a decision's lines, the intro, the
    sections, the closing, a tờ trình's request) ending with './.', Nơi nhận and the signature,
    then each part printed on pages of its own (tests/_markdown_expected.py)."""
    authority = report.authority
    letter = report.template.subject_line
    names = [*([authority.superior] if authority.superior else []), *authority.header_lines]
    number = [report.number.header_text(), *([f"V/v {report.summary}"] if letter else [])]
    place_date = vi.place_date_line(authority.place, report.date)
    out: list[Kind] = [
        ("p", "\n".join(names)),
        ("p", f"{NATIONAL_TITLE}\n{MOTTO}"),
        ("p", "\n".join(number)),
        ("p", place_date),
    ]
    if not letter:
        out += [("h1", report.doc_type.title), ("p", report.summary)]
    if len(report.addressees) == 1:
        out.append(("p", f"Kính gửi: {with_ending(report.addressees[0], '.')}"))
    elif report.addressees:
        *first, last = report.addressees
        out += [("p", "Kính gửi:"), ("ul", "start=1")]
        out += [("li", with_ending(a, ";")) for a in first] + [("li", with_ending(last, "."))]
    tables = itertools.count(1)
    levels = report.template.levels
    body = expected_decision(report)
    body += expected_blocks(report.intro, 0, levels, tables)
    body += expected_sections(report.sections, levels, tables)
    body += expected_blocks(report.closing, 0, levels, tables)
    out += ended([*body, *expected_request(report)])
    out += [("p", "Nơi nhận:"), ("ul", "start=1")]
    out += [("li", f"{r};") for r in report.distribution.recipients]
    out.append(("li", f"Lưu: {report.distribution.archive}."))
    signature = report.signature
    titles = [f"{c.prefix.value} {c.title}" for c in signature.capacities]
    titles += [signature.signer_title] if signature.signer_title else []
    out += [("p", "\n".join(titles)), ("p", signature.name)]
    return out + expected_contact(report) + expected_parts(report, tables)


def body_paragraphs(report: Report) -> list[Paragraph]:
    """Every paragraph of the body, lists included, in order."""
    found: list[Paragraph] = []
    blocks = [
        *report.intro,
        *(b for _, s in report.walk_sections() for b in s.blocks),
        *report.closing,
    ]
    for block in blocks:
        if isinstance(block, Paragraph):
            found.append(block)
        elif isinstance(block, BulletList):
            found += block.items
        elif isinstance(block, ActionList):
            found += [action.text for action in block.actions]
        elif isinstance(block, TaskList):
            found += [task.text for task in block.tasks]
    return found
