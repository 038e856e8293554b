"""The equivalent mutants of what follows a citation's head and laws by name (``_tail_reading.py``,
``_law_reading.py``, ``_laws.py``, ``_law_unknown.py``): each by the
function mutmut mutates and the line the mutant writes, with the reason no input can tell it from
the code.  Merged into :data:`mutate_equivalent.EQUIVALENT`."""

from __future__ import annotations

from mutate_equivalent_citations import same  # scripts/ is on the path

_TAILS = "directive_report.citations._tail_reading.xǁTailReadingǁ"
_LAWS = "directive_report.citations._law_reading.xǁLawReadingǁ"
_NAMES = "directive_report.citations._laws."
_UNKNOWN = "directive_report.citations._law_unknown."

#: Why no input can tell each mutant from the code.
CITATION_TAILS: dict[tuple[str, str], str] = {
    **same(
        "a cheap test of the next character before patterns that need one of those characters anyway: looking further or nowhere only tries the patterns more often",
        _TAILS + "_tails",
        "first = None",
    ),
    **same(
        "a cheap test of the next character before patterns that need one of those characters anyway: looking further or nowhere only tries the patterns more often",
        _TAILS + "_next_char",
        "return self.text[position : position - 16].lstrip()[:1]",
        "return self.text[position : position + 17].lstrip()[:1]",
    ),
    **same(
        "an issuer cannot start where a date that is not one (31/02) does: the reading after it is the same",
        _TAILS + "_date",
        "return True",
    ),
    **same(
        "a cheap test before the levels are looked for: looking past the head only passes more often; the levels are looked for before the head",
        _TAILS + "_pinpoint_before",
        "if self.g.level_hint.search(self.text, low, ) is None:",
    ),
    **same(
        "a level after the head cannot make a pinpoint that ends at the head (fullmatch up to the head)",
        _TAILS + "_pinpoint_before",
        "for level in self.g.level.finditer(self.text, low, ):",
    ),
    **same(
        "rfind from None is rfind from 0",
        _LAWS + "_starts_line",
        'line = self.text.rfind("\\n", None, position) + 1',
    ),
    **same(
        "a line break at the text's first character leaves only white space before the second line either way",
        _LAWS + "_starts_line",
        'line = self.text.rfind("\\n", 1, position) + 1',
    ),
    **same(
        "position is never negative where a law's anchor is, and positions before done are skipped by the caller",
        _LAWS + "_law",
        "if position < done and position < 0:",
    ),
    **same(
        "a cheap test before the enacting sentence's pattern, which needs 'ban hành' itself",
        _LAWS + "_law",
        'if "ành" in text[max(done, start - 8) : start] or self.g.enacting_before.search(',
    ),
    **same(
        "a cheap test before the alias pattern, which needs 'là' (or 'LÀ') between the reach's "
        "start and the law: one that passes more often (searching more text, or a test that "
        "fails less) only tries the pattern more often",
        _LAWS + "_alias",
        'if text.find("là", None, end) == -1 and text.find("LÀ", low, end) == -1:',
        'if text.find("là", low, None) == -1 and text.find("LÀ", low, end) == -1:',
        'if text.find("là", low, ) == -1 and text.find("LÀ", low, end) == -1:',
        'if text.rfind("là", low, end) == -1 and text.find("LÀ", low, end) == -1:',
        'if text.find("là", low, end) == +1 and text.find("LÀ", low, end) == -1:',
        'if text.find("là", low, end) == -2 and text.find("LÀ", low, end) == -1:',
        'if text.find("là", low, end) == -1 and text.find("LÀ", None, end) == -1:',
        'if text.find("là", low, end) == -1 and text.find("LÀ", low, None) == -1:',
        'if text.find("là", low, end) == -1 and text.find("LÀ", low, ) == -1:',
        'if text.find("là", low, end) == -1 and text.rfind("LÀ", low, end) == -1:',
        'if text.find("là", low, end) == -1 and text.find("LÀ", low, end) == +1:',
        'if text.find("là", low, end) == -1 and text.find("LÀ", low, end) == -2:',
    ),
    **same(
        "the alias pattern is anchored at the position ('\\Z') and no longer than 40 characters "
        "with the spaces a copy writes: looking one character further finds nothing more",
        _LAWS + "_alias",
        "if self.g.alias_before.search(text, max(done, parts.start - 41), parts.start):",
    ),
    **same(
        "a cheap test before the list of numbers, whose gap (_LIST_GAP) starts, after white "
        "space, with ',' or 'và' in any case: trying the pattern at any other character (or at "
        "'X') finds nothing",
        _TAILS + "_bare_head",
        'run = self.g.number_run.match(self.text, end) if (self._next_char(end) in ",vV") or True else None',
        'run = self.g.number_run.match(self.text, end) if self._next_char(end) in "XX,vVXX" else None',
    ),
    **same(
        "the portal title's year pattern needs white space and a year, whose first digit is 1 "
        "or 2, right there: at an 'X' it finds nothing",
        _TAILS + "_year",
        'if year is None and parts.number is not None and first and first in "XX12XX":',
    ),
    **same(
        "one of the four type groups always matched: the fifth is never asked for",
        _LAWS + "_law",
        'kind = next(i for i in range(5) if law[f"t{i}"])',
    ),
    # round 6
    **same(
        "a listed item's written type is read nowhere after it is made: only a head's is "
        "checked against its ký hiệu (_find), and a listed item's tails read its doc_type",
        _TAILS + "_numbers_listed",
        'item = Parts(listed.start("item"), listed.end(), None, head.doc_type)',
    ),
    **same(
        "a listed item's written type is read nowhere after it is made: only a head's is "
        "checked against its ký hiệu (_find)",
        _LAWS + "_years_listed",
        'item = Parts(listed.start("item"), listed.end(), None, head.doc_type)',
    ),
    **same(
        "a law read with a number has no year of its own (_number_and_year keeps the year only "
        "without a number, and _law_number_after_year clears it): with a year the number is "
        "always None, so 'number is not None' never decides",
        _LAWS + "_years_listed",
        "if head.year is None or head.number is not None and head.amended_in or head.date:",
    ),
    # round 7
    **same(
        "None and False are both false: after_dieu is only tested for truth",
        _LAWS + "_law",
        'after_dieu = None  # "điều luật", a noun, unless a known name and its year follow',
    ),
    **same(
        "a cheap test of the word after 'luật' (4 characters): one character further is the "
        "same word after a space; where no space follows, no name can follow either (the law's "
        "pattern needs a space, or a capital glued for the name it reads, which 'luật' in lower "
        "case refuses), so the law is refused either way",
        _LAWS + "_law",
        "if y_as_i(fold(self._next_word(position + 5))) not in self.g.law_first_words:",
    ),
    **same(
        "the end of a law in capitals after 'gọi là' is set again by _alias, which it always "
        "reaches (no name was read); the 4 characters before it are 'là' and spacing, where no "
        "number, year or known name lost its letters",
        _LAWS + "_name",
        'parts.end = start - len(law["ltype"])',
    ),
    **same(
        "lost is a whole number: 3 * lost > 1 and 3 * lost > 0 both say that a letter was lost",
        _NAMES + "x_known_with_letters_lost",
        "if 1 < 3 * lost <= len(known) and _lost_glyphs(known).fullmatch(letters):",
    ),
    **same(
        "_alias, which a law in capitals after 'gọi là' always reaches, looks for 'gọi là' "
        "within 40 characters too: one found 41 characters back is refused there",
        _LAWS + "_name",
        "if self.g.alias_before.search(text, max(done, start - 41), start) is None:",
    ),
    **same(
        "the head's reversed pattern (head_reversed, the only way to _glued_before) already "
        "refuses a letter or a digit before the type word but for a capital after a digit or a "
        "small letter: a capital type word after a capital, or a small one after a letter or a "
        "digit, never reaches this test",
        _TAILS + "_glued_before",
        "self.text[start].isupper() or (before.isdigit() or before.islower())",
    ),
    # round 10
    **same(
        "a '(' at the text's first character has nothing before it for the short form to "
        "shorten: the citation is looked for in text[0:0], and not found either way",
        _TAILS + "_short_form_after",
        'opened = self.text.rfind("(", max(1, start - 4), start)',
    ),
    **same(
        "opened is never -2, and a '(' at 1 has one character before it, too few for a "
        "citation: with -1 not caught, the text before the type is white space only at the "
        "text's start, where the citation is looked for before position -1, which finds nothing",
        _TAILS + "_short_form_after",
        'if opened == +1 or self.text[opened + 1 : start].strip() or self._next_char(end) != ")":',
        'if opened == -2 or self.text[opened + 1 : start].strip() or self._next_char(end) != ")":',
    ),
    **same(
        "the name UNANCHORED_NAME reads holds no comma (its words are joined by white space "
        "only): no token is a comma, and none is left out",
        _UNKNOWN + "x_names_no_law",
        'code = known_with_letters_lost([t for t in tokens if t != "XX,XX"]) or known_written_loosely(tokens)',
    ),
}
