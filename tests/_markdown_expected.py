"""What the layout rules say a report's Markdown is made of, block by block, written out
independently of the exporter (test_markdown_export.py reads the Markdown back and compares).

A block is a ``(kind, plain text)`` pair: ``("h2", "I. KẾT QUẢ")``, ``("p", ...)``, ``("ul",
"start=1")``, ``("li", ...)``, ``("table", "3x4")`` (rows x columns of a pipe table), ``("hr",
"")`` (the page break before a part printed on pages of its own).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from directive_report import (
    ActionList,
    Article,
    Block,
    BulletList,
    Paragraph,
    Report,
    Section,
    Table,
    TaskList,
    vi,
)
from directive_report._text import vi_upper
from directive_report.layout import task_details
from directive_report.layout.content_parts import reference_line
from directive_report.model import TablePart, template_for

Kind = tuple[str, str]

#: The numbering levels of a báo cáo (I. / 1. / a), Phụ lục I, II.6.đ).
BAO_CAO = ("roman", "arabic", "letter")
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
#: Marks the end of a table's blocks while a body is built: ``("table-end", "notes")`` when the
#: table has notes (the body's end mark then joins the last note), ``("table-end", "")`` if not
#: (the end mark is a line of its own).
_TABLE_END = "table-end"


def with_ending(text: str, ending: str) -> str:
    """Kính gửi lines end with ';' or '.' unless the author ended them so."""
    return text if text.endswith((";", ".")) else text + ending


def with_end_mark(text: str) -> str:
    """The body's last line ends with './.' once."""
    if text.endswith("./."):
        return text
    return text + ("/." if text.endswith(".") else "./.")


def label(levels: tuple[str, ...], path: tuple[int, ...]) -> str:
    """A section's number: I. / 1. / a) by the template's levels, '-' deeper."""
    if len(path) > len(levels):
        return "-"
    kind, index = levels[len(path) - 1], path[-1]
    if kind == "roman":
        return f"{vi.to_roman(index)}."
    return f"{index}." if kind == "arabic" else f"{vi.point_letter(index)})"


def task_markers(depth: int, count: int, levels: tuple[str, ...] = BAO_CAO) -> list[str]:
    """Tasks are numbered one level below their section: 1. outside sections; under a section
    the next of the template's *levels* (a báo cáo's I. / 1. / a): 1. at depth 1, a) at depth 2;
    a chỉ thị's 1. / a): a) at depth 1), '-' past the 23 điểm letters, '-' deeper."""
    below = levels[depth] if 0 < depth < len(levels) else ("arabic" if depth == 0 else "-")
    if below == "arabic":
        return [f"{n}." for n in range(1, count + 1)]
    if below == "letter" and count <= 23:
        return [f"{vi.point_letter(n)})" for n in range(1, count + 1)]
    return ["-"] * count


def expected_items(markers: list[str], items: list[list[str]]) -> list[Kind]:
    """A list whose items hold paragraphs: a Markdown list for '-', '+' and '1.' markers, one
    paragraph per line, the marker in its first, for the others ('a)', '•')."""
    if markers[0] in ("-", "+"):
        return [("ul", "start=1"), *(("li", text) for item in items for text in item)]
    if markers[0][0].isdigit():
        return [("ol", "start=1"), *(("li", text) for item in items for text in item)]
    out: list[Kind] = []
    for marker, (first, *rest) in zip(markers, items, strict=True):
        out += [("p", f"{marker} {first}"), *(("p", text) for text in rest)]
    return out


def expected_table(table: Table, tables: Iterator[int]) -> list[Kind]:
    """Caption ("Biểu số 01: ..." when numbered, *tables* counting the document's numbered
    tables), unit line, the pipe table (every header, body and totals row, the grid's width),
    the line stating merged cells, the notes."""
    out: list[Kind] = []
    number = next(tables) if table.numbered else None
    if number is not None:
        out.append(("p", f"Biểu số {number:02d}" + (f": {table.caption}" if table.caption else "")))
    elif table.caption:
        out.append(("p", table.caption))
    if table.unit:
        out.append(("p", f"Đơn vị tính: {table.unit}"))
    rows = [row for part in TablePart for row in table.placed(part)]
    out.append(("table", f"{len(rows)}x{table.column_count}"))
    if any(cell.colspan > 1 or cell.rowspan > 1 for row in rows for _, cell in row):
        out.append(("p", "Ô gộp: …"))
    out += [("p", note.text) for note in table.notes]
    out.append((_TABLE_END, "notes" if table.notes else ""))
    return out


def expected_blocks(
    blocks: tuple[Block, ...],
    depth: int,
    levels: tuple[str, ...] = BAO_CAO,
    tables: Iterator[int] | None = None,
) -> list[Kind]:
    out: list[Kind] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(("p", block.text))
        elif isinstance(block, BulletList):
            out += expected_items(
                [block.marker] * len(block.items), [[i.text] for i in block.items]
            )
        elif isinstance(block, ActionList):
            texts = [[a.text.text] for a in block.actions]
            out += expected_items([block.marker] * len(texts), texts)
        elif isinstance(block, Table):
            out += expected_table(block, tables or itertools.count(1))
        else:
            assert isinstance(block, TaskList)
            count = len(block.tasks)
            markers = task_markers(depth, count, levels) if block.numbered else ["-"] * count
            items = []
            for task in block.tasks:
                details = task_details(task)  # its wording is checked by hand elsewhere
                items.append([task.text.text, *([details] if details else [])])
            out += expected_items(markers, items)
    return out


def expected_sections(
    sections: tuple[Section, ...], levels: tuple[str, ...], tables: Iterator[int]
) -> list[Kind]:
    """Headings ('##' for the top level, one more '#' per level, six at most) and their blocks,
    depth first."""
    out: list[Kind] = []

    def walk(sections: tuple[Section, ...], path: tuple[int, ...]) -> None:
        for index, section in enumerate(sections, start=1):
            here = (*path, index)
            out.append((f"h{min(len(here) + 1, 6)}", f"{label(levels, here)} {section.title}"))
            out.extend(expected_blocks(section.blocks, len(here), levels, tables))
            walk(section.sections, here)

    walk(sections, ())
    return out


def expected_articles(articles: tuple[Article, ...], first: int = 1) -> list[Kind]:
    """ "Điều N." with its title (bold, on the label's line) or its text, khoản "1.", điểm "a)"
    (Phụ lục I, II.6.đ), numbered from *first*."""
    out: list[Kind] = []
    for number, article in enumerate(articles, start=first):
        head = f"Điều {number}."
        if article.title is not None:
            out.append(("p", f"{head} {article.title}"))
            if article.text is not None:
                out.append(("p", article.text.text))
        else:
            out.append(("p", f"{head} {article.text.text}" if article.text else head))
        for index, clause in enumerate(article.clauses, start=1):
            out.append(("p", f"{index}. {clause.text.text}"))
            out += [
                ("p", f"{vi.point_letter(n)}) {point.text}")
                for n, point in enumerate(clause.points, start=1)
            ]
    return out


def expected_decision(report: Report) -> list[Kind]:
    """The authority line, the căn cứ lines each ending ';' and the last '.', the enacting
    words, the articles and the executing article (Mẫu 1.2, 1.3)."""
    decision, template = report.decision, report.template
    if decision is None:
        return []
    grounds = [*decision.bases, *([decision.proposal] if decision.proposal else [])]
    out: list[Kind] = [("p", decision.authority)]
    out += [
        ("p", ground.text + (";" if index < len(grounds) - 1 else "."))
        for index, ground in enumerate(grounds)
    ]
    out.append(("p", template.enacting_formula or ""))
    out += expected_articles(decision.articles)
    if decision.executors:
        *others, last = decision.executors
        who = f"{', '.join(others)} và {last}" if others else last
        out.append(("p", f"Điều {decision.article_count}. {who} {template.execution_phrase}."))
    return out


def ended(body: list[Kind]) -> list[Kind]:
    """*body* with './.' at its end (after a table: on its last note, or a line of its own),
    the table markers removed."""
    body = list(body)
    if body[-1][0] == _TABLE_END:
        if body[-1][1]:
            body[-2] = (body[-2][0], with_end_mark(body[-2][1]))
        else:
            body.append(("p", "./."))
    else:
        body[-1] = (body[-1][0], with_end_mark(body[-1][1]))
    return [kind for kind in body if kind[0] != _TABLE_END]


def expected_request(report: Report) -> list[Kind]:
    """A tờ trình's closing request: "<proposer> kính trình <recipient> <action>."."""
    request = report.request
    if request is None:
        return []
    recipient = request.recipient or report.addressees[0].rstrip(" ;.")
    opening = f"{request.proposer} kính trình" if request.proposer else "Kính trình"
    return [("p", f"{opening} {recipient} {request.action}.")]


def expected_contact(report: Report) -> list[Kind]:
    """A công văn's contact line (ô 13) under a rule, when its issuer gives contact data: the
    address on a line of its own, then "ĐT: ..., Fax: ...", then "E-Mail: ..., Website: ..."
    (Phụ lục I, Mục V, row 12; Phụ lục III, Mẫu 1.5, note 10)."""
    contact = report.authority.contact
    if contact is None or not report.template.contact_line:
        return []
    groups = (
        [contact.address],
        [f"ĐT: {contact.phone}" if contact.phone is not None else None,
         f"Fax: {contact.fax}" if contact.fax is not None else None],
        [f"E-Mail: {contact.email}" if contact.email is not None else None,
         f"Website: {contact.website}" if contact.website is not None else None],
    )  # fmt: skip
    lines = [", ".join(item for item in group if item) for group in groups]
    return [("hr", ""), ("p", "\n".join(line for line in lines if line))]


def expected_parts(report: Report, tables: Iterator[int]) -> list[Kind]:
    """The attached documents, then the appendices, each after a page break: title lines, then
    the body ending './.'."""
    out: list[Kind] = []
    for attachment in report.attachments:
        levels = template_for(attachment.doc_type).levels
        body = expected_blocks(attachment.intro, 0, levels, tables)
        body += expected_sections(attachment.sections, levels, tables)
        first = 1  # articles are numbered on through the chapters
        for index, chapter in enumerate(attachment.chapters, start=1):
            body += [("p", f"Chương {vi.to_roman(index)}"), ("p", vi_upper(chapter.title))]
            body += expected_articles(chapter.articles, first)
            first += len(chapter.articles)
        body += expected_articles(attachment.articles, first)
        body += expected_blocks(attachment.closing, 0, levels, tables)
        # the reference line's wording is checked by hand in test_doctypes.py
        reference = reference_line(report, f"{attachment.verb} kèm theo")
        out += [
            ("hr", ""),
            ("p", attachment.doc_type.title),
            ("p", attachment.summary),
            ("p", reference),
        ]
        out += ended(body)
    count = len(report.appendices)
    for index, appendix in enumerate(report.appendices, start=1):
        body = expected_blocks(appendix.blocks, 0, BAO_CAO, tables)
        body += expected_sections(appendix.sections, BAO_CAO, tables)
        out += [
            ("hr", ""),
            ("p", "Phụ lục" if count == 1 else f"Phụ lục {vi.to_roman(index)}"),
            ("p", vi_upper(appendix.title)),
            ("p", reference_line(report, "Kèm theo")),
        ]
        out += ended(body)
    return out
