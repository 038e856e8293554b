"""The equivalent mutants of the citation reader's targets (``citations/issuers``,
``citations/reading``, ``citations/_find`` in ``scripts/mutate.py``): each by the function
mutmut mutates and the line the mutant writes, with the reason no input can tell it from the
code.  One table per part of the reader, each merged into :data:`mutate_equivalent.EQUIVALENT`:
this file (the finder, ``_find.py``, and the helper the others use),
``mutate_equivalent_citations_issuers.py`` (``issuers.py``, ``_issuer_reading.py``),
``mutate_equivalent_citations_grammar.py`` (``_patterns.py``, ``_letters.py``) and
``mutate_equivalent_citations_tails.py`` (``_tail_reading.py``, ``_law_reading.py``)."""

from __future__ import annotations


def same(reason: str, function: str, *lines: str) -> dict[tuple[str, str], str]:
    """*reason* for each of *lines* written in *function*."""
    return dict.fromkeys(((function, line) for line in lines), reason)


_READER = "directive_report.citations._find.xǁReaderǁ"
_FIND = "directive_report.citations._find."
_PARSE = "directive_report.citations._parse."
_UNNAMED = "directive_report.citations._unnamed_reading.xǁUnnamedReadingǁ"

#: The finder's (``_find.py``): why no input can tell each mutant from the code.
CITATION_FIND: dict[tuple[str, str], str] = {
    **same(
        "a head starting at 1 lies in the text read backwards from its number (which starts at 0 "
        "for a number within 60 characters of the start), where the pattern refuses a letter or "
        "a digit before the type word ((?![^\\W_])): the check after it refuses nothing more",
        _READER + "_numbered",
        "if start > 1 and text[start - 1].isalnum():",
    ),
    **same(
        "a cheap test before the alias pattern, which needs 'là' right before the head: looking "
        "in more text only tries the pattern more often",
        _READER + "_complete",
        'or self.text.find("LÀ", None, head.start) != -1',
        'or self.text.find("LÀ", low, None) != -1',
        'or self.text.find("LÀ", low, ) != -1',
        'or self.text.rfind("LÀ", low, head.start) != -1',
        'or self.text.find("LÀ", low, head.start) != +1',
        'or self.text.find("LÀ", low, head.start) != -2',
    ),
    **same(
        "abbreviated is read only when a head was made",
        _READER + "_numbered",
        "abbreviated = type_word == parts.written_type.abbreviation if parts else True",
    ),
    **same(
        "a memo of values built once per text: a None kept there is built again, equal",
        _READER + "citation",
        "self._citations[key] = None",
    ),
    **same(
        "a memo of values built once per text: a None kept there is built again, equal",
        _READER + "number",
        "self._numbers[key] = None",
    ),
    **same(
        "a memo of values built once per text: built again, equal",
        _READER + "number",
        "known = None",
        "known = self._numbers.get(None)",
    ),
    **same(
        "a memo of values built once per text: built again, equal",
        _READER + "citation",
        "known = None",
        "known = self._citations.get(None)",
    ),
    **same(
        "a cheap test before the law's pattern, which refuses 'luật' in lower case and 'BỘ luật' itself: looking at more places finds nothing more",
        _READER + "_candidates",
        'if text[index + 1 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "BỘ "):',
        'if text[index - 2 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "BỘ "):',
        'if text[index - 1 : index] != "XXlXX" or text[index - 4 : index - 1] in ("Bộ ", "BỘ "):',
        'if text[index - 1 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "XXBỘ XX"):',
        'if text[index - 1 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "bộ "):',
    ),
    **same(
        "'uật', 'iến pháp' and 'háp lệnh' cannot start again one character after they start",
        _READER + "_candidates",
        "index = text.find(literal, index + 2)",
    ),
    **same(
        "a number before a ký hiệu's slash has at most four digits and a space: a window one character wider finds the same",
        _READER + "_candidates",
        "text, max(0, slash.start() - 7), slash.start()",
    ),
    **same(
        "a number after a lower-case word cannot start at the text's first character",
        _READER + "_candidates",
        "text, max(1, slash.start() - 20), slash.start()",
    ),
    **same(
        "a number after a lower-case word, with its ký hiệu's first group, is at most 17 characters: a window one character wider finds the same",
        _READER + "_candidates",
        "text, max(0, slash.start() - 21), slash.start()",
    ),
    **same(
        "sorting a list already in order",
        _READER + "_candidates",
        "if len(found) >= anchors:",
    ),
    **same(
        "every caller passes where to start: the default is never used",
        _READER + "groups",
        "def groups(self, done: int = 1) -> Iterator[list[Parts]]:",
    ),
    **same(
        "the character after a type word's first is a letter, never '_'",
        _READER + "_numbered",
        'if start > 0 and (self.text[start - 1].isalnum() or self.text[start + 1] == "_"):',
    ),
    **same(
        "the gap is only asked whether it holds a line break, which reversing keeps",
        _READER + "_numbered",
        "gap and gap[::+1],",
    ),
    **same(
        "the qualifier is only asked whether it is there",
        _READER + "_numbered",
        "(qualifier or unsaid) and (qualifier or unsaid)[::+1],",
    ),
    **same(
        "the qualifier is only asked whether it is there (it ends with a space: two characters at least)",
        _READER + "_numbered",
        "(qualifier or unsaid) and (qualifier or unsaid)[::-2],",
    ),
    **same(
        "abbreviated is read only when a head was made",
        _READER + "_numbered",
        "abbreviated = type_word[::-1] == parts.written_type.abbreviation if parts else True",
    ),
    **same(
        "no ký hiệu starts with a NUL character",
        _READER + "_numbered",
        'parts.written_type.abbreviation or "XX\\0XX"',
    ),
    **same(
        "a gap always stands after 'số' in a head read backwards",
        _READER + "_head",
        'if so and so.startswith("Số") and "\\n" in (gap or "XXXX"):',
    ),
    **same(
        "every type's key without diacritics finds it too (no two types share one)",
        _READER + "_head",
        "self.g.types_by_key.get(None)",
    ),
    **same(
        "the pinpoint after a document needs its comma: the cheap test passes more often, the pattern decides",
        _READER + "_complete",
        'elif head.pinpoint is None and self._next_char(head.end) in "XX,XX":',
    ),
    **same(
        "a cheap test before the alias pattern, which needs 'là' right before the head: looking in more text only tries the pattern more often",
        _READER + "_complete",
        "low = max(done, head.start - 41)",
        'self.text.find("là", None, head.start) != -1',
        'self.text.find("là", low, None) != -1',
        'self.text.find("là", low, ) != -1',
        'self.text.rfind("là", low, head.start) != -1',
        'self.text.find("là", low, head.start) != +1',
        'self.text.find("là", low, head.start) != -2',
    ),
    **same(
        "an empty subject is no subject: the citation is returned as read",
        _PARSE + "x_parse",
        'subject = ""',
    ),
    **same(
        "evolving a citation with no subject gives an equal citation",
        _PARSE + "x_parse",
        "return attrs.evolve(citation, subject=subject) if (subject) or True else citation",
    ),
    # round 6
    **same(
        "without a head the next line returns None whatever ident is: matching it anyway "
        "changes nothing",
        _UNNAMED + "_issuer_head",
        "ident = self.g.ident.match(self.text, digit) if (head) or True else None",
    ),
    **same(
        "ident is None exactly when head is: it is matched after a head only, at a digit that "
        "starts an identifier (an anchor's, or the digit after a list head's 'số'), where the "
        "identifier's pattern always matches",
        _UNNAMED + "_issuer_head",
        "if head is None and ident is None:",
    ),
    # round 10 (tests in tests/test_citations_r10_find_mutants.py)
    **same(
        "a number after a type and a colon is a candidate only as a full identifier, found by "
        "its '/year/' or '-year-TYPE-' (no anchor stands after ':'), which is read with its "
        "year and ký hiệu: the number and its year are never None here",
        _READER + "_catalogue_entry",
        "if number is None and number.year is None or self._starts_line(parts.start):",
    ),
    **same(
        "_typed_by_symbol only asks whether full is true: None is as false as False",
        _UNNAMED + "_list_item",
        "parts = self._typed_by_symbol(so, digit, full=None, untyped=listed)",
    ),
    **same(
        "an item has a number (its ký hiệu typed it), and a full one (found by its '/year/' or "
        "'-year-TYPE-') is read with its year: with full, the year is never None",
        _UNNAMED + "_list_item",
        "elif not full or parts.number is None and parts.number.year is None:",
    ),
    **same(
        "no type's abbreviation is 'XXXX': an identifier without a ký hiệu names no type either way",
        _UNNAMED + "_names_no_type",
        'symbol = ident["nsym"] or ident["asym"] or ident["ysym"] or ident["psym"] or "XXXX"',
    ),
    **same(
        "a list's head starts with 'các' or a type's word, never at the 'số' or the digit an "
        "item starts at",
        _UNNAMED + "_list_head",
        'if (head["colon"] or head["several"]) and head.start() <= so',
    ),
    **same(
        "every type's first word has two letters or more (Tờ, Bộ, Kế, ...): no type word starts "
        "at the character before a line break, nor at the line break",
        _UNNAMED + "_titled_in_capitals",
        "self.text, low if newline == -1 else newline - 1, so",
    ),
}
