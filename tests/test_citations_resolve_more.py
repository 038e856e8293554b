"""directive_report.citations.resolve: the merging rules behind the groups, rule by rule.

What two mentions must share to be one document, what a merged document keeps from each, which
document absorbs which when a mention joins two, and where aliases lead after such a join.
Every expected value is written by hand from the mentions given and the rules in the
docstrings of ``citations/_resolve.py``.
"""

from __future__ import annotations

import attrs

from directive_report import citations
from directive_report.citations._resolve import _compatible, _Document, _keys, _merge


def found(words: str, start: int = 0, *, alias: bool = False) -> citations.Found:
    """The mention *words* (one citation, read by ``parse``) at *start*."""
    return citations.Found(
        start=start,
        end=start + len(words),
        text=words,
        citation=citations.parse(words),
        alias=alias,
    )


def groups(text: str) -> list[list[str]]:
    """The mentions' words of each document, in order of first mention."""
    return [[m.text for m in d.mentions] for d in citations.resolve(citations.extract(text))]


# what two mentions must share ------------------------------------------------------------------


def test_a_number_and_a_name_share_nothing() -> None:
    """'Luật số 24/2018/QH14' and 'Luật An ninh mạng' contradict nothing, but neither says
    what the other says: not two mentions of one document on their own (either order)."""
    number, name = citations.parse("Luật số 24/2018/QH14"), citations.parse("Luật An ninh mạng")
    assert not _compatible(number, name)
    assert not _compatible(name, number)
    assert _compatible(number, citations.parse("Luật số 24/2018/QH14 ngày 12/6/2018"))
    assert _compatible(name, citations.parse("Luật An ninh mạng năm 2018"))


def test_index_keys_part_what_cannot_be_one_document() -> None:
    """The index leads a mention to the documents it may be: the same running number or the
    same name; two numbers, two names, or a number and a name lead apart."""

    def keys(words: str) -> set[tuple[str, ...]]:
        return _keys(citations.parse(words))

    assert keys("Chỉ thị 21") & keys("Chỉ thị số 21/CT-TTg")
    assert not keys("Chỉ thị 21") & keys("Chỉ thị 05")
    assert keys("Luật an ninh mạng") & keys("Luật An ninh mạng năm 2018")  # case aside
    assert not keys("Luật An ninh mạng") & keys("Luật Đất đai")
    assert not keys("Luật An ninh mạng") & keys("Luật số 24/2018/QH14")
    assert keys("Hiến pháp năm 2013") & keys("Hiến pháp năm 1992")  # compared after, not here


# what a merged document keeps ---------------------------------------------------------------


def test_a_year_no_other_mention_states_stays() -> None:
    """'21/CT-TTg' carries no year and no date says one: the 2020 of 'Chỉ thị số 21 năm 2020'
    is the document's."""
    (document,) = citations.resolve(
        [found("Chỉ thị số 21/CT-TTg"), found("Chỉ thị số 21 năm 2020", 30)]
    )
    assert document.citation.year == 2020
    assert document.citation.number is not None
    assert str(document.citation.number) == "21/CT-TTg"


def test_the_subject_comes_from_the_mention_that_gives_it() -> None:
    """The trích yếu after 'về' is the document's, whichever mention carries it."""
    full = "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về tăng cường công tác"
    for mentions in (
        [found("Chỉ thị số 21/CT-TTg"), found(full, 30)],
        [found(full), found("Chỉ thị số 21/CT-TTg", 100)],
    ):
        (document,) = citations.resolve(mentions)
        assert document.citation.subject == "tăng cường công tác"


def test_the_merged_document_has_no_pinpoint() -> None:
    """'Điều 5 Chỉ thị số 21/CT-TTg' and 'Chỉ thị 21' are one document, not its Điều 5."""
    merged = _merge(citations.parse("Điều 5 Chỉ thị số 21/CT-TTg"), citations.parse("Chỉ thị 21"))
    assert merged.pinpoint is None
    assert merged.format() == "Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ"


def test_a_bare_number_stays_when_the_other_mention_has_none() -> None:
    """A law cited by its name with a bare number ('Luật An ninh mạng' numbered 24), merged
    with a mention of the name alone, keeps its 24, in either order."""
    numbered = attrs.evolve(citations.parse("Luật An ninh mạng"), bare_number=24)
    named = citations.parse("Luật An ninh mạng năm 2018")
    assert _merge(numbered, named).bare_number == 24
    assert _merge(named, numbered).bare_number == 24


def test_a_written_issuer_is_not_replaced_by_another_written_one() -> None:
    """The issuer written in the first mention stands; a later one written otherwise ('Quốc
    hội khóa XIV' for 'Quốc hội') does not replace it, and an inferred one never does."""
    first = citations.parse("Luật An ninh mạng của Quốc hội")
    later = citations.parse("Luật An ninh mạng của Quốc hội khóa XIV")
    merged = _merge(first, later)
    assert (merged.issuer, merged.issuer_inferred) == ("Quốc hội", False)
    inferred = _merge(citations.parse("Luật số 24/2018/QH14"), later)
    assert (inferred.issuer, inferred.issuer_inferred) == ("Quốc hội khóa XIV", False)


def test_the_document_cited_first_absorbs_the_later_one() -> None:
    """A mention giving both the name and the number joins the law cited by name and the one
    cited by number; the one cited first is the document, its written issuer stands.  Both
    orders, so that the order in which a mention's keys are looked up cannot decide."""
    by_name, by_number = (
        "Luật An ninh mạng của Quốc hội",
        "Luật số 24/2018/QH14 của Quốc hội khóa XIV",
    )
    both = "Luật An ninh mạng số 24/2018/QH14"
    for first, second, issuer in (
        (by_name, by_number, "Quốc hội"),
        (by_number, by_name, "Quốc hội khóa XIV"),
    ):
        text = f"{first}; {second}; {both}."
        (document,) = citations.resolve(citations.extract(text))
        assert [m.text for m in document.mentions] == [first, second, both]
        assert document.citation.issuer == issuer
        assert document.citation.name == "An ninh mạng"
        assert str(document.citation.number) == "24/2018/QH14"


# the documents' bookkeeping ------------------------------------------------------------------


def test_a_name_is_recorded_once() -> None:
    """add_name says whether the name is new: the index is extended only for new names."""
    law = citations.parse("Luật An ninh mạng")
    document = _Document(citation=law, names=[law], mentions=[0])
    assert document.add_name(law) is False
    other = citations.parse("Luật An ninh mạng năm 2018")
    assert document.add_name(other) is True
    assert document.add_name(other) is False
    assert document.names == [law, other]


def test_absorbing_takes_the_other_documents_mentions_names_and_aliases() -> None:
    """The absorbing document keeps its own aliases and names and gains the other's; the
    names new to it are returned (to be indexed); the other is no longer alive."""
    number = citations.parse("Luật số 24/2018/QH14")
    name = citations.parse("Luật An ninh mạng")
    dated = citations.parse("Luật An ninh mạng năm 2018")
    alias_a, alias_b = citations.parse("Đề án 06"), citations.parse("Kế hoạch 07")
    first = _Document(citation=number, names=[number], mentions=[0], aliases=[alias_a])
    second = _Document(
        citation=name, names=[name, dated, number], mentions=[1, 2], order=1, aliases=[alias_b]
    )
    assert first.absorb(second) == [name, dated]
    assert first.names == [number, name, dated]
    assert first.aliases == [alias_a, alias_b]
    assert first.mentions == [0, 1, 2]
    assert not second.alive
    assert first.citation.format() == "Luật An ninh mạng số 24/2018/QH14 của Quốc hội khóa XIV"


# where mentions and aliases lead after a join ----------------------------------------------


def test_an_alias_after_the_absorbed_documents_mention_names_the_merged_document() -> None:
    """'Luật số 24/2018/QH14' starts the second document; the mention giving both joins it to
    the first: the alias after it ('Luật số 24') and every mention are the one law's."""
    text = (
        "Luật An ninh mạng; Luật số 24/2018/QH14 (sau đây gọi tắt là Luật số 24); "
        "Luật An ninh mạng số 24/2018/QH14."
    )
    assert groups(text) == [
        [
            "Luật An ninh mạng",
            "Luật số 24/2018/QH14",
            "Luật số 24",
            "Luật An ninh mạng số 24/2018/QH14",
        ]
    ]


def test_a_join_leaves_the_other_documents_mentions_where_they_were() -> None:
    """Joining the two mentions of the law moves nothing of the decision cited before them:
    its alias ('Đề án 06', after its second mention) is still the decision's."""
    text = (
        "Quyết định số 06/QĐ-TTg; Luật An ninh mạng; Luật số 24/2018/QH14; "
        "Luật An ninh mạng số 24/2018/QH14; Quyết định số 06/QĐ-TTg (sau đây gọi tắt là Đề án 06)."
    )
    assert groups(text) == [
        ["Quyết định số 06/QĐ-TTg", "Quyết định số 06/QĐ-TTg", "Đề án 06"],
        ["Luật An ninh mạng", "Luật số 24/2018/QH14", "Luật An ninh mạng số 24/2018/QH14"],
    ]


def test_a_mention_repeated_then_completed_leads_later_mentions_to_the_document() -> None:
    """The second 'Luật số 24/2018/QH14' is a name the law has already; the third mention
    adds the name 'An ninh mạng', by which the fourth finds the law."""
    text = (
        "Luật số 24/2018/QH14; Luật số 24/2018/QH14; Luật An ninh mạng số 24/2018/QH14; "
        "Luật An ninh mạng."
    )
    assert groups(text) == [
        [
            "Luật số 24/2018/QH14",
            "Luật số 24/2018/QH14",
            "Luật An ninh mạng số 24/2018/QH14",
            "Luật An ninh mạng",
        ]
    ]


def test_every_alias_of_a_document_leads_to_it() -> None:
    """Two aliases of one decision, each after one of its mentions: a later 'Kế hoạch 07'
    (the second alias) is the decision too."""
    text = (
        "Quyết định số 1234/QĐ-TTg (sau đây gọi tắt là Đề án 06); "
        "Quyết định số 1234/QĐ-TTg (sau đây gọi tắt là Kế hoạch 07); Kế hoạch 07."
    )
    assert groups(text) == [
        [
            "Quyết định số 1234/QĐ-TTg",
            "Đề án 06",
            "Quyết định số 1234/QĐ-TTg",
            "Kế hoạch 07",
            "Kế hoạch 07",
        ]
    ]


def test_an_alias_of_an_alias_names_the_same_document() -> None:
    """A second alias right after the first ('(gọi tắt là Đề án 6)') names what the first
    names: one document, three mentions."""
    mentions = [
        found("Quyết định số 06/QĐ-TTg"),
        found("Đề án số 06", 40, alias=True),
        found("Đề án 6", 60, alias=True),
    ]
    (document,) = citations.resolve(mentions)
    assert [m.text for m in document.mentions] == [
        "Quyết định số 06/QĐ-TTg",
        "Đề án số 06",
        "Đề án 6",
    ]


def test_a_join_by_a_short_form_brings_the_names_of_both_documents() -> None:
    """'Luật số 24' fits the law cited by number and, through its alias, the law cited by
    name: they become one, and the later alias 'Luật An ninh mạng' (after a short form that
    is not yet placed) finds it by the name the absorbed document brought."""
    text = (
        "Luật số 24/2018/QH14; Luật An ninh mạng (sau đây gọi tắt là Luật số 24); "
        "Luật số 24 (sau đây gọi tắt là Luật An ninh mạng)."
    )
    assert groups(text) == [
        [
            "Luật số 24/2018/QH14",
            "Luật An ninh mạng",
            "Luật số 24",
            "Luật số 24",
            "Luật An ninh mạng",
        ]
    ]


def test_a_join_by_a_short_form_keeps_the_aliases_of_the_absorbing_document() -> None:
    """The law cited by number has the alias 'Đề án 06'; after 'Luật số 24' joins it to the
    law cited by name, a later 'Đề án 06' is still the law's."""
    text = (
        "Luật số 24/2018/QH14 (sau đây gọi tắt là Đề án 06); "
        "Luật An ninh mạng (sau đây gọi tắt là Luật số 24); Luật số 24; Đề án 06."
    )
    assert groups(text) == [
        [
            "Luật số 24/2018/QH14",
            "Đề án 06",
            "Luật An ninh mạng",
            "Luật số 24",
            "Luật số 24",
            "Đề án 06",
        ]
    ]
