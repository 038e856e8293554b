"""Grouping the mentions of one document: full citations, short forms, aliases (private)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import attrs

from directive_report.citations._find import Found
from directive_report.model import Citation

__all__ = ["CitedDocument", "resolve"]

_GENERIC_TYPES = frozenset({"Công văn", "Văn bản"})


@attrs.frozen(kw_only=True)
class CitedDocument:
    """One document cited in a text, and every mention of it in text order.

    ``citation`` is the document (no pinpoint), merged from its mentions: "Chỉ thị 21" and
    "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ" give the full one.
    """

    citation: Citation
    mentions: tuple[Found, ...]


def _identifies(citation: Citation) -> bool:
    """Whether a mention names its document on its own (a ký hiệu, or a law's name)."""
    return citation.number is not None or citation.name is not None or citation.year is not None


def _differ(left: object, right: object) -> bool:
    """Whether two values are both stated and different."""
    return left is not None and right is not None and left != right


def _compatible(a: Citation, b: Citation) -> bool:
    """Whether *a* and *b* can be mentions of one document: they share a number or a name, and
    nothing that both state differs (see :func:`_agree`)."""
    shared = (a.running_number is not None and b.running_number is not None) or (
        a.name is not None and b.name is not None
    )
    if not shared and not (a.doc_type.name == "Hiến pháp" == b.doc_type.name):
        return False
    return _agree(a, b)


def _agree(a: Citation, b: Citation) -> bool:
    """Whether nothing that both *a* and *b* state differs (type, number, name, ký hiệu, year,
    date): "Luật số 24/2018/QH14" and "Luật An ninh mạng" agree, sharing nothing."""
    if a.doc_type != b.doc_type and not {a.doc_type.name, b.doc_type.name} & _GENERIC_TYPES:
        return False
    name_a = a.name.casefold() if a.name else None
    name_b = b.name.casefold() if b.name else None
    return not (
        _differ(a.running_number, b.running_number)
        or _differ(name_a, name_b)
        or _differ(a.number.symbol if a.number else None, b.number.symbol if b.number else None)
        or _differ(a.identifier_year, b.identifier_year)
        or _differ(a.date, b.date)
    )


def _merge(a: Citation, b: Citation) -> Citation:
    """*a* completed with what *b* knows (a written issuer beats an inferred one)."""
    number = a.number or b.number
    issuer, inferred = a.issuer, a.issuer_inferred
    if b.issuer is not None and (issuer is None or (inferred and not b.issuer_inferred)):
        issuer, inferred = b.issuer, b.issuer_inferred
    year = a.year if a.year is not None else b.year
    date = a.date or b.date
    if number is not None and number.year == year:
        year = None  # already in the number: "Luật số 24/2018/QH14"
    if number is not None and date is not None and date.year == year:
        year = None  # said by the date: "Chỉ thị số 05 năm 2023" is "... ngày 23/02/2023"
    return attrs.evolve(
        a,
        doc_type=b.doc_type if a.doc_type.name in _GENERIC_TYPES else a.doc_type,
        number=number,
        bare_number=None if number is not None else (a.bare_number or b.bare_number),
        name=a.name or b.name,
        year=year,
        amended_in=a.amended_in or b.amended_in,
        date=date,
        issuer=issuer,
        issuer_inferred=inferred,
        pinpoint=None,
        subject=a.subject or b.subject,
    )


def _keys(citation: Citation) -> set[tuple[str, ...]]:
    """What two mentions of one document must share (see :func:`_compatible`): the running
    number, the name, or both being the Constitution."""
    keys: set[tuple[str, ...]] = set()
    if citation.running_number is not None:
        keys.add(("number", str(citation.running_number)))
    if citation.name:
        keys.add(("name", citation.name.casefold()))
    if citation.doc_type.name == "Hiến pháp":
        keys.add(("constitution",))
    return keys


@attrs.define
class _Document:
    citation: Citation
    names: list[Citation]  # the citation as mentioned, and its aliases, each once
    mentions: list[int]
    order: int = 0  # creation order: candidates are tried in it
    alive: bool = True
    aliases: list[Citation] = attrs.Factory(list)  # "(gọi tắt là Đề án 06)": another type

    def accepts(self, citation: Citation) -> bool:
        """Whether *citation* fits one of the names and contradicts nothing the document is
        known to be ("Luật X năm 2005" is not the "Luật X" merged with "Luật X năm 2023"),
        unless it is one of the aliases."""
        if any(_compatible(alias, citation) for alias in self.aliases):
            return True
        return _agree(self.citation, citation) and any(
            _compatible(name, citation) for name in (self.citation, *self.names)
        )

    def add_name(self, citation: Citation) -> bool:
        """Record *citation* as a name of the document; False if it was one already."""
        if citation in self.names:
            return False
        self.names.append(citation)
        return True

    def absorb(self, other: _Document) -> list[Citation]:
        """Take *other*'s mentions and names; return the names that are new here."""
        self.citation = _merge(self.citation, other.citation)
        other.alive = False
        self.mentions += other.mentions
        self.aliases += other.aliases
        return [name for name in other.names if self.add_name(name)]


class _Candidates:
    """The documents each key leads to, built up as documents are made (not rescanned for
    every mention: resolving stays linear in the number of mentions)."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, ...], list[_Document]] = {}

    def add(self, document: _Document, name: Citation) -> None:
        for key in _keys(name):
            self._by_key.setdefault(key, []).append(document)

    def fitting(self, cited: Citation) -> list[_Document]:
        """The live documents that accept *cited*, in creation order."""
        found = {id(d): d for key in _keys(cited) for d in self._by_key.get(key, ()) if d.alive}
        return sorted((d for d in found.values() if d.accepts(cited)), key=lambda d: d.order)


def resolve(found: Iterable[Found]) -> list[CitedDocument]:
    """Group mentions by the document they cite, in order of first mention.

    Mentions with a ký hiệu or a law's name are grouped first; then aliases ("(gọi tắt là Đề án
    06)") join the citation they follow; then short forms ("Chỉ thị 21", "Nghị quyết số 51")
    join the one document they fit, wherever it is cited (before or after).  A short form that
    fits several documents ("Luật Giao dịch điện tử" when the 2005 and the 2023 laws are both
    cited) is left out of every group rather than guessed; one that fits none is a document of
    its own.
    """
    mentions = list(found)
    documents: list[_Document] = []
    owner: dict[int, _Document] = {}
    candidates = _Candidates()
    created = itertools.count()

    def place(index: int) -> None:
        cited = mentions[index].citation.document
        fits = candidates.fitting(cited)
        if len(fits) > 1 and all(_agree(a.citation, b.citation) for a in fits for b in fits):
            for other in fits[1:]:
                for name in fits[0].absorb(other):
                    candidates.add(fits[0], name)
                documents.remove(other)
                for key, value in owner.items():
                    if value is other:
                        owner[key] = fits[0]
            fits = fits[:1]
        if len(fits) == 1:
            fits[0].citation = _merge(fits[0].citation, cited)
            if fits[0].add_name(cited):
                candidates.add(fits[0], cited)
            fits[0].mentions.append(index)
            owner[index] = fits[0]
        elif not fits:
            owner[index] = _Document(
                citation=cited, names=[cited], mentions=[index], order=next(created)
            )
            documents.append(owner[index])
            candidates.add(owner[index], cited)

    strong = [i for i, f in enumerate(mentions) if _identifies(f.citation) and not f.alias]
    for index in strong:
        place(index)
    for index, mention in enumerate(mentions):
        if mention.alias and index > 0 and (index - 1) in owner:
            document = owner[index - 1]
            document.aliases.append(mention.citation.document)
            if document.add_name(mention.citation.document):
                candidates.add(document, mention.citation.document)
            document.mentions.append(index)
            owner[index] = document
    placed = set(strong)
    for index in range(len(mentions)):
        if index not in owner and index not in placed:
            place(index)
    documents.sort(key=lambda d: min(d.mentions))
    return [
        CitedDocument(citation=d.citation, mentions=tuple(mentions[i] for i in sorted(d.mentions)))
        for d in documents
    ]
