"""The equivalent mutants of the citation reader's targets (``citations/issuers``,
``citations/reading``, ``citations/_find`` in ``scripts/mutate.py``): each by the function
mutmut mutates and the line the mutant writes, with the reason no input can tell it from the
code.  Merged into :data:`mutate_equivalent.EQUIVALENT`."""

from __future__ import annotations


def _same(reason: str, function: str, *lines: str) -> dict[tuple[str, str], str]:
    """*reason* for each of *lines* written in *function*."""
    return dict.fromkeys(((function, line) for line in lines), reason)


_ISSUERS = "directive_report.citations.issuers."
_READING = "directive_report.citations._issuer_reading.xǁIssuerReadingǁ"
_TAILS = "directive_report.citations._tail_reading.xǁTailReadingǁ"
_PATTERNS = "directive_report.citations._patterns."
_LETTERS = "directive_report.citations._letters."
_READER = "directive_report.citations._find.xǁReaderǁ"
_LAWS = "directive_report.citations._law_reading.xǁLawReadingǁ"
_FIND = "directive_report.citations._find."

#: Why no input can tell each mutant from the code.
CITATION_READER: dict[tuple[str, str], str] = {
    **_same(
        "a head starting at 1 lies in the text read backwards from its number (which starts at 0 "
        "for a number within 60 characters of the start), where the pattern refuses a letter or "
        "a digit before the type word ((?![^\\W_])): the check after it refuses nothing more",
        _READER + "_numbered",
        "if start > 1 and text[start - 1].isalnum():",
    ),
    **_same(
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
    **_same(
        "abbreviated is read only when a head was made",
        _READER + "_numbered",
        "abbreviated = type_word == parts.written_type.abbreviation if parts else True",
    ),
    **_same(
        "a memo of values built once per text: a None kept there is built again, equal",
        _READER + "citation",
        "self._citations[key] = None",
    ),
    **_same(
        "a memo of values built once per text: a None kept there is built again, equal",
        _READER + "number",
        "self._numbers[key] = None",
    ),
    **_same(
        "the default gap is used only by the module's level pattern, built when the module is "
        "imported, before any mutant is switched on; every call at run time gives its gap",
        _PATTERNS + "x__alternation",
        'def _alternation(phrases: list[str], *, gap: str = r"XX\\s+XX") -> str:',
    ),
    **_same(
        "a type word is then looked up by its key without diacritics, which a word read through "
        "the wider class (an X for a D) never matches",
        _LETTERS + "x_base_letter",
        'return "d" if letter == "đ" else "XXDXX"',
    ),
    **_same(
        "the law types are document types too, which the pattern refuses already (ignoring "
        "case); the alternatives the mutant adds need 'XX'",
        _PATTERNS + "xǁGrammarǁ__init__",
        'law_types = "XX|XX".join(_LAW_TYPES.values())',
    ),
    **_same(
        "None and False are both false",
        _READING + "_issuer_words",
        'inner_known = None  # a known name read inside ("Bộ trưởng Bộ Tài chính")',
    ),
    **_same(
        "the name pattern matches known names only, in any case, spacing, dash and tone placement, "
        "and their key finds each: the default is never used",
        _ISSUERS + "xǁIssuerTableǁ_canonical_name",
        "pieces.append(self._names.get(_fold(match[0]), None))",
        "pieces.append(self._names.get(_fold(match[0]), ))",
    ),
    **_same(
        "an abbreviation holds one '{khóa}' at most (_check_abbreviation): partition and rpartition split it alike",
        _ISSUERS + "xǁIssuerTableǁ__init__",
        "before, _, after = issuer.abbreviation.rpartition(_SESSION)",
    ),
    **_same(
        "'UTF-8' and 'utf-8' name the same codec",
        _ISSUERS + "xǁIssuerTableǁload",
        'data = tomllib.loads(path.read_text(encoding="UTF-8"))',
    ),
    **_same(
        "a memo: the symbol is worked out again, to the same result",
        _ISSUERS + "xǁIssuerTableǁcanonical_symbol",
        "known = None",
        "known = self._symbols.get(None)",
        "self._symbols[key] = None",
    ),
    **_same(
        "the size bound of a memo: one entry more or less kept",
        _ISSUERS + "xǁIssuerTableǁcanonical_symbol",
        "if len(self._symbols) <= 10_000:",
        "if len(self._symbols) < 10001:",
    ),
    **_same(
        "the size bound of a memo: one entry more or less kept",
        _ISSUERS + "xǁIssuerTableǁcanonical_name",
        "if len(self._canonical_names) <= 10_000:",
        "if len(self._canonical_names) < 10001:",
    ),
    **_same(
        "a split on a capturing group alternates groups and joints: as many joints as groups after the first, so zip's strictness is never tested",
        _ISSUERS + "xǁIssuerTableǁcanonical_symbol",
        'known = groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], strict=None))',
        'known = groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], ))',
        'known = groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], strict=False))',
    ),
    **_same(
        "a memo: the name is worked out again, to the same result",
        _ISSUERS + "xǁIssuerTableǁcanonical_name",
        "canonical = None",
        "canonical = self._canonical_names.get(None)",
        "self._canonical_names[name] = None",
    ),
    **_same(
        "name[None:i] is name[0:i]: the first piece is sliced alike",
        _ISSUERS + "xǁIssuerTableǁ_canonical_name",
        "done = None",
    ),
    **_same(
        "None and False are both false: the first word is not after a place either way",
        _ISSUERS + "x__sentence_case",
        "after_place = None",
    ),
    **_same(
        "the word is in lower case: there is no capital X for lstrip to remove",
        _ISSUERS + "x__sentence_case",
        'elif lower.lstrip("XX(XX") in _PLACES:',
    ),
    **_same(
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
    **_same(
        "a second issuer starts with a known name or 'Bộ' and a capital, so at least one word is read: it is never None",
        _READING + "_read_issuer",
        'if second is None and ("," in joint[0] and self._next_word(second) in _CLAUSE_VERBS):',
    ),
    **_same(
        "without a known name, capitals is set again at the first word before it is read",
        _READING + "_issuer_words",
        "capitals = known[0].isupper() if known else True",
    ),
    **_same(
        "place_name is read only while place_left is above 0, and both are set together",
        _READING + "_issuer_words",
        "place_left, place_name = 0, True  # words of a place name or term still expected",
    ),
    **_same(
        "with end at start, None is returned either way",
        _READING + "_issuer_words",
        'while end >= start and text[end - 1] in "-– ":',
    ),
    **_same(
        "'ban' before 'hành' has ended the issuer already; 'ban' is not a stop word, so the stop words answer the same",
        _READING + "_ends_issuer",
        'if lower == "XXbanXX":  # "... tỉnh ban hành" ends; "Ủy ban Mặt trận Tổ quốc" goes on',
        'if lower == "BAN":  # "... tỉnh ban hành" ends; "Ủy ban Mặt trận Tổ quốc" goes on',
    ),
    **_same(
        "'ban' before 'hành' has ended the issuer already; this test is then always false, as the stop words are for 'ban'",
        _READING + "_ends_issuer",
        'return self._next_word(after) == "XXhànhXX"',
        'return self._next_word(after) == "HÀNH"',
    ),
    **_same(
        "a cheap test of the next character before patterns that need one of those characters anyway: looking further or nowhere only tries the patterns more often",
        _TAILS + "_tails",
        "first = None",
    ),
    **_same(
        "a cheap test of the next character before patterns that need one of those characters anyway: looking further or nowhere only tries the patterns more often",
        _TAILS + "_next_char",
        "return self.text[position : position - 16].lstrip()[:1]",
        "return self.text[position : position + 17].lstrip()[:1]",
    ),
    **_same(
        "an issuer cannot start where a date that is not one (31/02) does: the reading after it is the same",
        _TAILS + "_date",
        "return True",
    ),
    **_same(
        "a cheap test before the levels are looked for: looking past the head only passes more often; the levels are looked for before the head",
        _TAILS + "_pinpoint_before",
        "if self.g.level_hint.search(self.text, low, ) is None:",
    ),
    **_same(
        "a level after the head cannot make a pinpoint that ends at the head (fullmatch up to the head)",
        _TAILS + "_pinpoint_before",
        "for level in self.g.level.finditer(self.text, low, ):",
    ),
    **_same(
        "both spellings of a vowel pair have two letters: zip's strictness is never tested",
        _LETTERS + "x__match_case",
        'return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, strict=None))',
        'return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, ))',
        'return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, strict=False))',
    ),
    **_same(
        "no phrase given with the default gap holds a comma (type and level names, the country's name); with the gap \\s* the comma is followed by it already",
        _PATTERNS + "x__words",
        'return gap.join(re.escape(word) for word in phrase.split()).replace(r"XX,\\s+XX", r",\\s*")',
        'return gap.join(re.escape(word) for word in phrase.split()).replace(r",\\s+", r"XX,\\s*XX")',
    ),
    **_same(
        "reverse alphabetical order also puts a phrase before every phrase it begins, and (?!\\w) after the alternation refuses a shorter phrase inside a word",
        _PATTERNS + "x__alternation",
        'return "|".join(_words(p, gap=gap) for p in sorted(phrases, key=None, reverse=True))',
        'return "|".join(_words(p, gap=gap) for p in sorted(phrases, reverse=True))',
    ),
    **_same(
        "no capital X reaches base_letter: type names and abbreviations hold none and keys are case-folded",
        _LETTERS + "x_base_letter",
        'if letter in "XXđĐXX":',
    ),
    **_same(
        "the class [Đd] in a pattern compiled ignoring case is [ĐD]; keys are lower case",
        _LETTERS + "x_base_letter",
        'return "d" if (letter == "đ") or True else "D"',
        'return "d" if letter == "đ" else "d"',
    ),
    **_same(
        "the table's keys and the word's key are made by the same function",
        _LETTERS + "x_unaccented_key",
        'return "XXXX".join(base_letter(c) for c in fold(text))',
    ),
    **_same(
        "a shorter piece of the same level word: the cheap test passes wherever it passed",
        _PATTERNS + "x__hints",
        "tail = word.split()[-1][2:]",
    ),
    **_same(
        "the anchor scan is a filter: a wider or differently grouped class finds the same or more digits, and the head read backwards decides what is a citation",
        _PATTERNS + "x__last_word",
        "*words, last = type_name.upper().split()",
        "if len(last) == 2 and words:",
        'return rf"[\\s{re.escape(words[+1][-1])}]{re.escape(last)}"',
        'return rf"[\\s{re.escape(words[-2][-1])}]{re.escape(last)}"',
        'return rf"[\\s{re.escape(words[-1][+1])}]{re.escape(last)}"',
        'return rf"[\\s{re.escape(words[-1][-2])}]{re.escape(last)}"',
    ),
    **_same(
        "the anchor scan is a filter: a wider or differently grouped class finds the same or more digits, and the head read backwards decides what is a citation",
        _PATTERNS + "xǁGrammarǁ__init__",
        "{_last_word(name) for name in types} & set(map(re.escape, abbreviations))",
        "by_letter.setdefault(base_letter(word[-1]).upper(), []).append(word)",
        "by_letter.setdefault(base_letter(word[+1]).lower(), []).append(word)",
        "by_letter.setdefault(base_letter(word[-2]).lower(), []).append(word)",
        "rf\"(?<=[{re.escape('XXXX'.join(sorted({w[-1] for w in words} | {letter})))}]\\s\\d)(?:\"",
    ),
    **_same(
        "the identifier's pattern holds no letter whose case the flag changes (letters are [^\\W\\d_] or set case-sensitive)",
        _PATTERNS + "xǁGrammarǁ__init__",
        "self.ident = re.compile(_IDENT, )",
    ),
    **_same(
        "the pattern is compiled ignoring case: the same words in capitals match alike",
        _PATTERNS + "xǁGrammarǁ__init__",
        'r"(?<=SỐ\\d)",',
        'r"(?<=S[ỐO]\\s\\d)",',
        'r"(?<=SỐ:\\d)",',
        'r"(?<=S[ỐO]:\\s\\d)",',
        'r"(?<=S[ỐO]\\s:\\s\\d)",',
        'date = _DATE.replace("tháng", "TH[ÁA]NG").replace("năm", "n[ăa]m")',
        'date = _DATE.replace("tháng", "th[áa]ng").replace("năm", "N[ĂA]M")',
        'r"(?:\\s+(?:aủc|iạt))?\\s*,?\\s*(?:[a-zđ]?\\d{1,4}|[ivxlc]{1,7}|[a-zđ])(?:[\\s,]|àv)", _I',
        'r"(?:\\s+(?:AỦC|IẠT))?\\s*,?\\s*(?:[A-ZĐ]?\\d{1,4}|[IVXLC]{1,7}|[A-ZĐ])(?:[\\s,]|ÀV)", _I',
        'self.range_end = re.compile(r"(?:ĐẾN|TỚI)\\s+\\Z", _I)',
        'r"(?:GỌI\\s+TẮT\\s+LÀ|GỌI\\s+LÀ|VIẾT\\s+TẮT\\s+LÀ)\\s*:?\\s*[\\"“]?\\s*\\Z", _I',
        'r"\\s+" + _words(CONSTITUTION_COUNTRY).replace("hòa", "(?:HÒA|HOÀ)") + r"(?!\\w)", _I',
        'r"(?<!\\w)(?:quốc\\s+hội|ủy\\s+ban\\s+thường\\s+vụ\\s+quốc\\s+hội)(?:\\s+khóa\\s+\\w+)?"',
        'r"(?<!\\w)(?:QUỐC\\s+HỘI|ỦY\\s+BAN\\s+THƯỜNG\\s+VỤ\\s+QUỐC\\s+HỘI)(?:\\s+KHÓA\\s+\\w+)?"',
        'r"\\s+BAN\\s+HÀNH\\s+\\Z",',
        'self.plural_before = re.compile(r"(?<!\\w)(?:CÁC|NHỮNG)\\s+\\Z", _I)',
    ),
    **_same(
        "abbreviations hold no space: a shorter one inside a longer is followed by a letter, which (?!\\w) after the type refuses, whatever the order",
        _PATTERNS + "xǁGrammarǁ__init__",
        "key=None,",
        "",
        ")",
        "reverse=False,",
    ),
    **_same(
        "an attribute nothing reads",
        _PATTERNS + "xǁGrammarǁ__init__",
        "self.symbol_split = None",
        "self.party_split = None",
    ),
    **_same(
        "a memo of values built once per text: built again, equal",
        _READER + "number",
        "known = None",
        "known = self._numbers.get(None)",
    ),
    **_same(
        "a memo of values built once per text: built again, equal",
        _READER + "citation",
        "known = None",
        "known = self._citations.get(None)",
    ),
    **_same(
        "a cheap test before the law's pattern, which refuses 'luật' in lower case and 'BỘ luật' itself: looking at more places finds nothing more",
        _READER + "_candidates",
        'if text[index + 1 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "BỘ "):',
        'if text[index - 2 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "BỘ "):',
        'if text[index - 1 : index] != "XXlXX" or text[index - 4 : index - 1] in ("Bộ ", "BỘ "):',
        'if text[index - 1 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "XXBỘ XX"):',
        'if text[index - 1 : index] != "l" or text[index - 4 : index - 1] in ("Bộ ", "bộ "):',
    ),
    **_same(
        "'uật', 'iến pháp' and 'háp lệnh' cannot start again one character after they start",
        _READER + "_candidates",
        "index = text.find(literal, index + 2)",
    ),
    **_same(
        "a number before a ký hiệu's slash has at most four digits and a space: a window one character wider finds the same",
        _READER + "_candidates",
        "text, max(0, slash.start() - 7), slash.start()",
    ),
    **_same(
        "a number after a lower-case word cannot start at the text's first character",
        _READER + "_candidates",
        "text, max(1, slash.start() - 20), slash.start()",
    ),
    **_same(
        "a number after a lower-case word, with its ký hiệu's first group, is at most 17 characters: a window one character wider finds the same",
        _READER + "_candidates",
        "text, max(0, slash.start() - 21), slash.start()",
    ),
    **_same(
        "sorting a list already in order",
        _READER + "_candidates",
        "if len(found) >= anchors:",
    ),
    **_same(
        "every caller passes where to start: the default is never used",
        _READER + "groups",
        "def groups(self, done: int = 1) -> Iterator[list[Parts]]:",
    ),
    **_same(
        "the character after a type word's first is a letter, never '_'",
        _READER + "_numbered",
        'if start > 0 and (self.text[start - 1].isalnum() or self.text[start + 1] == "_"):',
    ),
    **_same(
        "the gap is only asked whether it holds a line break, which reversing keeps",
        _READER + "_numbered",
        "gap and gap[::+1],",
    ),
    **_same(
        "the qualifier is only asked whether it is there",
        _READER + "_numbered",
        "(qualifier or unsaid) and (qualifier or unsaid)[::+1],",
    ),
    **_same(
        "the qualifier is only asked whether it is there (it ends with a space: two characters at least)",
        _READER + "_numbered",
        "(qualifier or unsaid) and (qualifier or unsaid)[::-2],",
    ),
    **_same(
        "abbreviated is read only when a head was made",
        _READER + "_numbered",
        "abbreviated = type_word[::-1] == parts.written_type.abbreviation if parts else True",
    ),
    **_same(
        "no ký hiệu starts with a NUL character",
        _READER + "_numbered",
        'parts.written_type.abbreviation or "XX\\0XX"',
    ),
    **_same(
        "a gap always stands after 'số' in a head read backwards",
        _READER + "_head",
        'if so and so.startswith("Số") and "\\n" in (gap or "XXXX"):',
    ),
    **_same(
        "every type's key without diacritics finds it too (no two types share one)",
        _READER + "_head",
        "self.g.types_by_key.get(None)",
    ),
    **_same(
        "rfind from None is rfind from 0",
        _LAWS + "_starts_line",
        'line = self.text.rfind("\\n", None, position) + 1',
    ),
    **_same(
        "a line break at the text's first character leaves only white space before the second line either way",
        _LAWS + "_starts_line",
        'line = self.text.rfind("\\n", 1, position) + 1',
    ),
    **_same(
        "position is never negative where a law's anchor is, and positions before done are skipped by the caller",
        _LAWS + "_law",
        "if position < done and position < 0:",
    ),
    **_same(
        "a cheap test before the enacting sentence's pattern, which needs 'ban hành' itself",
        _LAWS + "_law",
        'if "ành" in text[max(done, start - 8) : start] or self.g.enacting_before.search(',
    ),
    **_same(
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
    **_same(
        "the alias pattern is anchored at the position ('\\Z') and no longer than 40 characters "
        "with the spaces a copy writes: looking one character further finds nothing more",
        _LAWS + "_alias",
        "if self.g.alias_before.search(text, max(done, parts.start - 41), parts.start):",
    ),
    **_same(
        "a cheap test before the list of numbers, whose gap (_LIST_GAP) starts, after white "
        "space, with ',' or 'và' in any case: trying the pattern at any other character (or at "
        "'X') finds nothing",
        _TAILS + "_bare_head",
        'run = self.g.number_run.match(self.text, end) if (self._next_char(end) in ",vV") or True else None',
        'run = self.g.number_run.match(self.text, end) if self._next_char(end) in "XX,vVXX" else None',
    ),
    **_same(
        "the portal title's year pattern needs white space and a year, whose first digit is 1 "
        "or 2, right there: at an 'X' it finds nothing",
        _TAILS + "_year",
        'if year is None and parts.number is not None and first and first in "XX12XX":',
    ),
    **_same(
        "one of the four type groups always matched: the fifth is never asked for",
        _LAWS + "_law",
        'kind = next(i for i in range(5) if law[f"t{i}"])',
    ),
    **_same(
        "the pinpoint after a document needs its comma: the cheap test passes more often, the pattern decides",
        _READER + "_complete",
        'elif head.pinpoint is None and self._next_char(head.end) in "XX,XX":',
    ),
    **_same(
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
    **_same(
        "an empty subject is no subject: the citation is returned as read",
        _FIND + "x_parse",
        'subject = ""',
    ),
    **_same(
        "evolving a citation with no subject gives an equal citation",
        _FIND + "x_parse",
        "return attrs.evolve(citation, subject=subject) if (subject) or True else citation",
    ),
}
