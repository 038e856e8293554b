"""The messages users read when a document type, a number, a citation or a pinpoint is built
with a value that breaks an invariant (issue 17, case 14): ``<Class>.<field>: <what is wrong>``,
one line, word for word.  Written by hand, like ``test_model_messages.py``, whose test this
shares."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from _messages import check_message
from directive_report.model.citation import Citation, Pinpoint, Provision, ProvisionLevel
from directive_report.model.document import DocumentNumber, DocumentType, document_type

BC = document_type("BC")
CT = document_type("CT")

CITATION_MESSAGES: list[tuple[Callable[[], object], str]] = [
    # document types and numbers
    (
        lambda: document_type("Báo cáo nhanh"),
        "DocumentType.name: unknown document type 'Báo cáo nhanh': expected a name such as "
        "'Báo cáo' or an abbreviation of NĐ 30/2020 Phụ lục III such as 'BC', 'KH', 'QyĐ'",
    ),
    (lambda: DocumentType(name=""), "DocumentType.name: must not be empty"),
    (
        lambda: DocumentNumber(number=0, symbol="KH-STTTT"),
        "DocumentNumber.number: must be a positive whole number, got 0",
    ),
    (
        lambda: DocumentNumber(number=True, symbol="KH-STTTT"),
        "DocumentNumber.number: must be a positive whole number, got True",
    ),
    (
        lambda: DocumentNumber(number=5, symbol="NĐ-CP", year=1944),
        "DocumentNumber.year: must be a four-digit year from 1945, got 1944",
    ),
    (
        lambda: DocumentNumber(number=5, symbol="NĐ-CP", year=3000),
        "DocumentNumber.year: must be a four-digit year from 1945, got 3000",
    ),
    (
        lambda: DocumentNumber(number=5, symbol="KH STTTT"),
        "DocumentNumber.symbol: expected groups of letters and digits joined by '-' or '/', e.g. "
        "'KH-STTTT' with no spaces, got 'KH STTTT'",
    ),
    (
        lambda: DocumentNumber(number=12, symbol="NQ-TU", party=True),
        "DocumentNumber.symbol: expected 'NQ/TU' with no spaces, got 'NQ-TU'",
    ),
    (
        lambda: DocumentNumber(number=12, symbol="NQ/TU", year=2024, party=True),
        "DocumentNumber.year: Party document numbers carry no year",
    ),
    (
        lambda: DocumentNumber(symbol="NQ/TU", party=True),
        "DocumentNumber.number: a Party document number cannot be unassigned",
    ),
    (
        lambda: DocumentNumber.parse("89 KH-STTTT"),
        "DocumentNumber.symbol: cannot read '89 KH-STTTT' as a document number: expected e.g. "
        "'89/KH-STTTT', '15/2020/NĐ-CP', '12-NQ/TU' or '/BC-STTTT' for one not yet assigned",
    ),
    # citations and pinpoints
    (
        lambda: ProvisionLevel.from_word("Tiết"),
        "Provision.level: unknown provision level 'Tiết': expected one of điểm, khoản, Điều, "
        "Tiểu mục, Mục, Chương, Phần, Phụ lục",
    ),
    (
        lambda: Provision(level=ProvisionLevel.CLAUSE, values=()),
        "Provision.values: needs at least one value",
    ),
    (
        lambda: Provision(level=ProvisionLevel.CLAUSE, values="5.1"),
        "Provision.values: expected a number or letter such as '5', '6a', 'đ', 'II', got '5.1'",
    ),
    (
        lambda: Pinpoint(provisions=()),
        "Pinpoint.provisions: a pinpoint needs at least one provision",
    ),
    (
        lambda: Pinpoint(
            provisions=[
                Provision(level=ProvisionLevel.CLAUSE, values="1"),
                Provision(level=ProvisionLevel.CLAUSE, values="2"),
            ]
        ),
        "Pinpoint.provisions: each level may appear once",
    ),
    (
        lambda: Pinpoint.parse("khoản 1 Điều 8 theo Điều 9"),
        "Pinpoint.provisions: cannot read 'khoản 1 Điều 8 theo Điều 9' as a pinpoint: expected "
        "e.g. 'điểm a khoản 5 Điều 102'",
    ),
    (
        lambda: Pinpoint.parse("khoản 1 Điều 8 X"),
        "Pinpoint.provisions: cannot read 'khoản 1 Điều 8 X' as a pinpoint: expected e.g. "
        "'điểm a khoản 5 Điều 102'",
    ),
    (
        lambda: Pinpoint.parse("khoản 5 Điều"),
        "Pinpoint.provisions: cannot read 'khoản 5 Điều' as a pinpoint: expected e.g. "
        "'điểm a khoản 5 Điều 102'",
    ),
    (
        lambda: Citation(doc_type=CT),
        "Citation.number: a citation needs a number or a name (for laws cited by name)",
    ),
    (
        lambda: Citation(doc_type=CT, number=DocumentNumber.parse("21/CT-TTg"), bare_number=21),
        "Citation.bare_number: give either number (21/CT-TTg) or bare_number, not both",
    ),
    (
        lambda: Citation(doc_type=CT, bare_number=0),
        "Citation.bare_number: must be a positive whole number, got 0",
    ),
    (
        lambda: Citation(doc_type=CT, bare_number=False),
        "Citation.bare_number: must be a positive whole number, got False",
    ),
    (
        lambda: Citation(doc_type=CT, bare_number="21"),  # type: ignore[arg-type]
        "Citation.bare_number: must be a positive whole number, got '21'",
    ),
    (
        lambda: Citation(doc_type=BC, bare_number=5, year=1944),
        "Citation.year: expected a four-digit year, got 1944",
    ),
    (
        lambda: Citation(doc_type=BC, bare_number=5, year=3000),
        "Citation.year: expected a four-digit year, got 3000",
    ),
    (
        lambda: Citation(doc_type=document_type("Luật"), name="Đất đai", amended_in=[2018, 3000]),
        "Citation.amended_in: expected four-digit years, got 3000",
    ),
    (
        lambda: Citation(doc_type=document_type("Luật"), name="Đất đai", amended_in=[1944]),
        "Citation.amended_in: expected four-digit years, got 1944",
    ),
    (
        lambda: Citation(doc_type=CT, bare_number=21, issuer=""),
        "Citation.issuer: must not be empty",
    ),
    (
        lambda: Citation(doc_type=CT, bare_number=21, issuer_inferred=True),
        "Citation.issuer_inferred: is set but there is no issuer",
    ),
]


@pytest.mark.parametrize(("build", "message"), CITATION_MESSAGES)
def test_citation_messages_users_read(build: Callable[[], object], message: str) -> None:
    check_message(build, message)
