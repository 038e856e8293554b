"""The equivalent mutants of the issuer table and the reading of issuers (``issuers.py``, ``_issuer_reading.py``): each by the
function mutmut mutates and the line the mutant writes, with the reason no input can tell it from
the code.  Merged into :data:`mutate_equivalent.EQUIVALENT`."""

from __future__ import annotations

from mutate_equivalent_citations import same  # scripts/ is on the path

_ISSUERS = "directive_report.citations.issuers."
_READING = "directive_report.citations._issuer_reading.xǁIssuerReadingǁ"

#: Why no input can tell each mutant from the code.
CITATION_ISSUERS: dict[tuple[str, str], str] = {
    **same(
        "None and False are both false",
        _READING + "_issuer_words",
        'inner_known = None  # a known name read inside ("Bộ trưởng Bộ Tài chính")',
    ),
    **same(
        "the name pattern matches known names only, in any case, spacing, dash and tone placement, "
        "and their key finds each: the default is never used",
        _ISSUERS + "xǁIssuerTableǁ_canonical_name",
        "pieces.append(self._names.get(_fold(match[0]), None))",
        "pieces.append(self._names.get(_fold(match[0]), ))",
    ),
    **same(
        "an abbreviation holds one '{khóa}' at most (_check_abbreviation): partition and rpartition split it alike",
        _ISSUERS + "xǁIssuerTableǁ__init__",
        "before, _, after = issuer.abbreviation.rpartition(_SESSION)",
    ),
    **same(
        "'UTF-8' and 'utf-8' name the same codec",
        _ISSUERS + "xǁIssuerTableǁload",
        'data = tomllib.loads(path.read_text(encoding="UTF-8"))',
    ),
    **same(
        "a memo: the symbol is worked out again, to the same result",
        _ISSUERS + "xǁIssuerTableǁcanonical_symbol",
        "known = None",
        "known = self._symbols.get(None)",
        "self._symbols[key] = None",
    ),
    **same(
        "the size bound of a memo: one entry more or less kept",
        _ISSUERS + "xǁIssuerTableǁcanonical_symbol",
        "if len(self._symbols) <= 10_000:",
        "if len(self._symbols) < 10001:",
    ),
    **same(
        "the size bound of a memo: one entry more or less kept",
        _ISSUERS + "xǁIssuerTableǁcanonical_name",
        "if len(self._canonical_names) <= 10_000:",
        "if len(self._canonical_names) < 10001:",
    ),
    **same(
        "a split on a capturing group alternates groups and joints: as many joints as groups after the first, so zip's strictness is never tested",
        _ISSUERS + "xǁIssuerTableǁcanonical_symbol",
        'known = groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], strict=None))',
        'known = groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], ))',
        'known = groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], strict=False))',
    ),
    **same(
        "a memo: the name is worked out again, to the same result",
        _ISSUERS + "xǁIssuerTableǁcanonical_name",
        "canonical = None",
        "canonical = self._canonical_names.get(None)",
        "self._canonical_names[name] = None",
    ),
    **same(
        "name[None:i] is name[0:i]: the first piece is sliced alike",
        _ISSUERS + "xǁIssuerTableǁ_canonical_name",
        "done = None",
    ),
    **same(
        "None and False are both false: the first word is not after a place either way",
        _ISSUERS + "x__sentence_case",
        "after_place = None",
    ),
    **same(
        "the word is in lower case: there is no capital X for lstrip to remove",
        _ISSUERS + "x__sentence_case",
        'elif lower.lstrip("XX(XX") in _PLACES:',
    ),
    **same(
        "a memo of issuers read: a reading is reused only where the same words follow (the whole stretch it looked at is compared), so a key that finds fewer or other readings reads the words again, to the same result",
        _READING + "_issuer",
        "key = None",
        "key = self.text[position : position - 40]",
        "key = self.text[position : position + 41]",
        "for words, length, name in self._issuers_seen.get(None, ()):",
        "if self.text.startswith(words, None):",
        "if self.text.startswith(words, ):",
        "seen = self._issuers_seen.setdefault(None, [])",
        "seen.insert(1, (words, found[0] - position, found[1]))",
    ),
    **same(
        "a second issuer starts with a known name or 'Bộ' and a capital, so at least one word is read: it is never None",
        _READING + "_read_issuer",
        'if second is None and ("," in joint[0] and self._next_word(second) in _CLAUSE_VERBS):',
    ),
    **same(
        "without a known name, capitals is set again at the first word before it is read",
        _READING + "_issuer_words",
        "capitals = known[0].isupper() if known else True",
    ),
    **same(
        "place_name is read only while place_left is above 0, and both are set together",
        _READING + "_issuer_words",
        "place_left, place_name = 0, True  # words of a place name or term still expected",
    ),
    **same(
        "with end at start, None is returned either way",
        _READING + "_issuer_words",
        'while end >= start and text[end - 1] in "-– ":',
    ),
    **same(
        "'ban' before 'hành' has ended the issuer already; 'ban' is not a stop word, so the stop words answer the same",
        _READING + "_ends_issuer",
        'if lower == "XXbanXX":  # "... tỉnh ban hành" ends; "Ủy ban Mặt trận Tổ quốc" goes on',
        'if lower == "BAN":  # "... tỉnh ban hành" ends; "Ủy ban Mặt trận Tổ quốc" goes on',
    ),
    **same(
        "'ban' before 'hành' has ended the issuer already; this test is then always false, as the stop words are for 'ban'",
        _READING + "_ends_issuer",
        'return self._next_word(after) == "XXhànhXX"',
        'return self._next_word(after) == "HÀNH"',
    ),
    # round 6
    **same(
        "with a known name, the cursor moved past 'Liên Bộ:' is set again to the known name's "
        "end on the next line (and no known name holds a colon)",
        _READING + "_issuer_words",
        "ministries = None if (known) and False else _JOINT_MINISTRIES.match(text, cursor)",
    ),
    **same(
        "None and False are both false: named_place and territory are only tested for truth "
        "(and 'or' with a false first operand gives the second)",
        _READING + "_issuer_words",
        'named_place = None  # a place\'s name read ("tỉnh Lào Cai"): lower case ends the issuer',
        'territory = None  # after a place\'s word ("tỉnh") and the capitals of its name',
    ),
    **same(
        "parties is only compared with 2, after 'giữa': one joint makes it 2 or 3, both at least 2",
        _READING + "_read_issuer",
        "parties += 2",
    ),
    **same(
        "toneless keeps every letter and the length: a word whose toneless form is 'khoa' has "
        "four letters and starts with 'kh', so the three tests joined either way answer alike",
        _READING + "_term",
        'if len(lower) != 4 and not lower.startswith("kh") or toneless(lower) != "khoa":',
    ),
    # round 7
    **same(
        "a memo of issuers read (the key now marks a joint reading): a reading is reused only "
        "where the same words follow, so a key over fewer or more characters finds fewer or "
        "other readings and reads the words again, to the same result",
        _READING + "_issuer",
        'key = self.text[position : position - 40] + ("&" if joint else "")',
        'key = self.text[position : position + 41] + ("&" if joint else "")',
    ),
    **same(
        "the mark of a joint reading is only compared with no mark: any two different strings "
        "keep joint and single readings apart alike (the same string for both is killed: "
        "tests/test_citations_mutants_r7_issuers.py)",
        _READING + "_issuer",
        'key = self.text[position : position + 40] + ("XX&XX" if joint else "")',
        'key = self.text[position : position + 40] + ("&" if joint else "XXXX")',
    ),
    **same(
        "previous is looked up among words (places' words, a town's abbreviation, 'phòng', a "
        "head noun, a name's first syllable), where 'XXXX' is none, as '' is none; its truth "
        "is read only for a board's field, refused at the first word and after a place's name "
        "(a region is one) whatever previous is (not listed: 'XXXX' set after a field or a "
        "known name read inside, where the board's field reads its truth)",
        _READING + "_issuer_words",
        'previous = "XXXX"  # the word read before, as written',
        'named_place, territory, previous = True, True, "XXXX"',
    ),
}
