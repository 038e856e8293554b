"""Strategies for text and the pieces of a report (private: see :mod:`directive_report.testing`)."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import strategies as st

from directive_report._text import vi_upper
from directive_report.model import (
    DOCUMENT_TYPES,
    Action,
    ActionList,
    Authority,
    Block,
    BulletList,
    Capacity,
    Citation,
    Contact,
    Directive,
    DocumentNumber,
    DocumentType,
    Money,
    Paragraph,
    Pinpoint,
    Provision,
    ProvisionLevel,
    Quantity,
    Run,
    Section,
    Signature,
    SignaturePrefix,
    Task,
    TaskKind,
    TaskList,
)

__all__ = [
    "VIETNAMESE_LETTERS",
    "actions",
    "authorities",
    "blocks",
    "citations",
    "contacts",
    "dates",
    "directives",
    "document_numbers",
    "document_types",
    "paragraphs",
    "pinpoints",
    "sections",
    "signatures",
    "tasks",
    "text",
    "upper_text",
    "words",
]

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
_LETTERS = "".join(
    sorted(
        {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES}
        | set("bcdđghklmnpqrstvx")
    )
)
#: Letters of Vietnamese text (NFC, lower case; upper case is drawn too).
VIETNAMESE_LETTERS = _LETTERS + _LETTERS.upper()
_PUNCTUATION = ",.;:!?-–()“”/%*_#[]<>&\\`'\"+="
_ALPHABET = VIETNAMESE_LETTERS + "0123456789" + _PUNCTUATION


def words(*, punctuation: bool = True) -> st.SearchStrategy[str]:
    """One word: letters and digits, with punctuation unless *punctuation* is false."""
    alphabet = _ALPHABET if punctuation else VIETNAMESE_LETTERS + "0123456789"
    return st.text(alphabet=alphabet, min_size=1, max_size=10)


def text(
    *, min_words: int = 1, max_words: int = 8, punctuation: bool = True
) -> st.SearchStrategy[str]:
    """Words separated by single spaces (NFC, no outer whitespace)."""
    return st.lists(words(punctuation=punctuation), min_size=min_words, max_size=max_words).map(
        " ".join
    )


def upper_text(*, max_words: int = 5) -> st.SearchStrategy[str]:
    """Text in capitals, as header and signature lines are printed."""
    return text(max_words=max_words, punctuation=False).map(vi_upper)


def dates(
    *, min_value: dt.date = dt.date(1990, 1, 1), max_value: dt.date = dt.date(2035, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Calendar dates in the range documents are dated."""
    return st.dates(min_value=min_value, max_value=max_value)


def document_types() -> st.SearchStrategy[DocumentType]:
    """One of the known document types."""
    return st.sampled_from(DOCUMENT_TYPES)


_SYMBOL_GROUP = st.text(alphabet="ABCDEGHKLMNPQRSTUVXYĐ0123456789", min_size=1, max_size=6).filter(
    lambda g: not g.isdigit()
)


def document_numbers(*, symbol_head: str | None = None) -> st.SearchStrategy[DocumentNumber]:
    """Numbers of every form: administrative, công văn, normative (with year), Party, unassigned."""
    groups = st.lists(_SYMBOL_GROUP, min_size=1, max_size=3)
    head = (
        st.just([symbol_head]) if symbol_head else st.lists(_SYMBOL_GROUP, min_size=1, max_size=1)
    )
    symbol = st.builds(lambda h, rest: "-".join(h + rest), head, groups)
    administrative = st.builds(
        DocumentNumber, number=st.none() | st.integers(1, 99_999), symbol=symbol
    )
    if symbol_head:
        return administrative
    normative = st.builds(
        DocumentNumber, number=st.integers(1, 999), symbol=symbol, year=st.integers(1990, 2035)
    )
    party = st.builds(
        DocumentNumber,
        number=st.integers(1, 999),
        symbol=st.builds(lambda a, b: f"{a}/{b}", _SYMBOL_GROUP, _SYMBOL_GROUP),
        party=st.just(True),
    )
    return administrative | normative | party


def pinpoints() -> st.SearchStrategy[Pinpoint]:
    """Pinpoints of one to four distinct levels, each with one to three values."""
    value = st.integers(1, 150).map(str) | st.sampled_from(["a", "b", "c", "đ", "6a", "II", "IV"])
    provision = st.builds(
        Provision,
        level=st.sampled_from(list(ProvisionLevel)),
        values=st.lists(value, min_size=1, max_size=3),
    )
    return st.lists(provision, min_size=1, max_size=4, unique_by=lambda p: p.level).map(
        lambda items: Pinpoint(provisions=tuple(items))
    )


def citations() -> st.SearchStrategy[Citation]:
    """Citations by number (with optional date, issuer, subject, pinpoint) or laws by name."""
    by_number = st.builds(
        Citation,
        doc_type=document_types(),
        number=document_numbers(),
        date=st.none() | dates(),
        issuer=st.none() | text(max_words=6, punctuation=False),
        subject=st.none() | text(max_words=10, punctuation=False),
        pinpoint=st.none() | pinpoints(),
    )
    by_name = st.builds(
        Citation,
        doc_type=st.sampled_from(
            [t for t in DOCUMENT_TYPES if t.name in ("Luật", "Bộ luật", "Hiến pháp")]
        ),
        name=text(max_words=5, punctuation=False),
        year=st.integers(1992, 2030),
        pinpoint=st.none() | pinpoints(),
    )
    return by_number | by_name


def paragraphs(*, max_runs: int = 3) -> st.SearchStrategy[Paragraph]:
    """Paragraphs of one or more runs, some bold or italic."""
    run = st.builds(Run, text=text(max_words=8), bold=st.booleans(), italic=st.booleans())

    def join(runs: list[Run]) -> Paragraph:
        # each later run starts with a space, so words of neighbouring runs never glue together
        rest = [Run(text=" " + r.text, bold=r.bold, italic=r.italic) for r in runs[1:]]
        return Paragraph(runs=[runs[0], *rest])

    return st.lists(run, min_size=1, max_size=max_runs).map(join)


def actions() -> st.SearchStrategy[Action]:
    """Actions with some of their facts filled in."""
    return st.builds(
        Action,
        text=paragraphs(max_runs=2),
        date=st.none() | dates(),
        actors=st.lists(text(max_words=4, punctuation=False), max_size=2),
        partners=st.lists(text(max_words=4, punctuation=False), max_size=2),
        quantities=st.lists(
            st.builds(
                Quantity, value=st.integers(0, 10**9), unit=text(max_words=3, punctuation=False)
            ),
            max_size=2,
        ),
        amounts=st.lists(
            st.builds(Money, amount=st.integers(0, 10**12) | st.decimals(0, 10**6, places=2)),
            max_size=1,
        ),
        citations=st.lists(citations(), max_size=1),
    )


def tasks(*, kind: TaskKind | None = None) -> st.SearchStrategy[Task]:
    """Tasks, assigned or forward."""
    return st.builds(
        Task,
        text=paragraphs(max_runs=2),
        kind=st.just(kind) if kind else st.sampled_from(list(TaskKind)),
        assignee=st.none() | text(max_words=4, punctuation=False),
        deadline=st.none() | dates(),
    )


def blocks() -> st.SearchStrategy[Block]:
    """Body blocks: paragraphs and lists."""
    return st.one_of(
        paragraphs(),
        st.builds(
            BulletList,
            items=st.lists(paragraphs(max_runs=2), min_size=1, max_size=3),
            marker=st.sampled_from(["-", "+"]),
        ),
        st.builds(ActionList, actions=st.lists(actions(), min_size=1, max_size=2)),
        st.builds(
            TaskList, tasks=st.lists(tasks(), min_size=1, max_size=3), numbered=st.booleans()
        ),
    )


def sections(*, max_depth: int = 3) -> st.SearchStrategy[Section]:
    """A section with blocks and, above the deepest level, subsections."""
    children = (
        st.just(())
        if max_depth <= 1
        else st.lists(sections(max_depth=max_depth - 1), max_size=2).map(tuple)
    )
    return st.builds(
        Section,
        title=text(max_words=8),
        blocks=st.lists(blocks(), max_size=3).map(tuple),
        sections=children,
    )


_HOST_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
_HOST = st.lists(_HOST_LABEL, min_size=2, max_size=4).map(".".join)
_PHONE = st.lists(st.integers(0, 9999).map(str), min_size=1, max_size=4).map(
    lambda groups: "0" + " ".join(groups)
)


def contacts() -> st.SearchStrategy[Contact]:
    """A body's contact data (ô 13): any of address, telephone, fax, e-mail and website, at
    least one of them."""
    items = st.fixed_dictionaries(
        {},
        optional={
            "address": text(max_words=14),
            "phone": _PHONE,
            "fax": _PHONE,
            "email": st.builds("{}@{}".format, _HOST_LABEL, _HOST),
            "website": st.builds("{}{}".format, st.sampled_from(["", "https://"]), _HOST),
        },
    )
    return items.filter(bool).map(lambda given: Contact(**given))


def authorities() -> st.SearchStrategy[Authority]:
    """Issuing bodies with an abbreviation and, sometimes, a superior body, a header name
    broken over lines or contact data."""
    return st.builds(
        Authority,
        name=text(max_words=6, punctuation=False),
        abbreviation=_SYMBOL_GROUP,
        place=text(max_words=3, punctuation=False),
        superior=st.none() | upper_text(),
        header_name=st.none()
        | st.lists(upper_text(max_words=3), min_size=1, max_size=3).map("\n".join),
        contact=st.none() | contacts(),
    )


def signatures() -> st.SearchStrategy[Signature]:
    """Signature blocks with zero to two capacity lines."""
    capacity = st.builds(
        Capacity, prefix=st.sampled_from(list(SignaturePrefix)), title=upper_text(max_words=4)
    )
    return st.builds(
        Signature,
        name=text(max_words=4, punctuation=False),
        signer_title=upper_text(max_words=4),
        capacities=st.lists(capacity, max_size=2),
    )


def directives(*, before: dt.date = dt.date(2035, 12, 31)) -> st.SearchStrategy[Directive]:
    """Directives dated no later than *before*."""
    return st.builds(
        Directive,
        citation=st.builds(
            Citation,
            doc_type=document_types(),
            number=document_numbers(),
            date=dates(max_value=before),
            issuer=st.none() | text(max_words=5, punctuation=False),
            subject=st.none() | text(max_words=10, punctuation=False),
        ),
        tasks=st.lists(tasks(kind=TaskKind.ASSIGNED), max_size=2),
    )
