"""The registry of validation rules and its generated docs page."""

from __future__ import annotations

from pathlib import Path

from directive_report.validate.rules import RULES, rule, rules_markdown
from test_validate_faults import FAULTS

PAGE = Path(__file__).parent.parent / "docs" / "validation-rules.md"


def test_docs_page_is_generated_from_the_registry() -> None:
    """docs/validation-rules.md is what scripts/generate_validation_rules.py writes."""
    assert PAGE.read_text(encoding="utf-8") == rules_markdown()


def test_every_rule_names_its_source_in_the_decree() -> None:
    for item in RULES.values():
        assert item.code == item.code.lower()
        assert " " not in item.code
        assert item.reference.startswith("NĐ 30/2020, Phụ lục"), item


def test_every_rule_but_two_is_measured_by_a_planted_fault() -> None:
    """The planted faults exercise every rule, except a part missing altogether and a header
    typed as paragraphs (tested in test_validate_foreign.py)."""
    planted = {code for code, _ in FAULTS.values()}
    assert set(RULES) - planted == {"missing-part", "header-columns"}


def test_a_code_is_declared_once() -> None:
    import pytest

    from directive_report.checks import Severity

    with pytest.raises(ValueError, match="declared twice"):
        rule("motto", Severity.ERROR, "NĐ 30/2020", "header", "again")
