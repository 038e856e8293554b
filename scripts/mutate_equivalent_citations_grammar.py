"""The equivalent mutants of the citation grammar and its letters (``_patterns.py``, ``_regex_pieces.py``, ``_letters.py``): each by the
function mutmut mutates and the line the mutant writes, with the reason no input can tell it from
the code.  Merged into :data:`mutate_equivalent.EQUIVALENT`."""

from __future__ import annotations

from mutate_equivalent_citations import same  # scripts/ is on the path

_PATTERNS = "directive_report.citations._patterns."
_LETTERS = "directive_report.citations._letters."
_PIECES = "directive_report.citations._regex_pieces."

#: Why no input can tell each mutant from the code.
CITATION_GRAMMAR: dict[tuple[str, str], str] = {
    **same(
        "the default gap is used only by the module's level pattern, built when the module is "
        "imported, before any mutant is switched on; every call at run time gives its gap",
        _PIECES + "x__alternation",
        'def _alternation(phrases: list[str], *, gap: str = r"XX\\s+XX") -> str:',
    ),
    **same(
        "a type word is then looked up by its key without diacritics, which a word read through "
        "the wider class (an X for a D) never matches",
        _LETTERS + "x_base_letter",
        'return "d" if letter == "đ" else "XXDXX"',
    ),
    **same(
        "the law types are document types too, which the pattern refuses already (ignoring "
        "case); the alternatives the mutant adds need 'XX'",
        _PATTERNS + "xǁGrammarǁ__init__",
        'law_types = "XX|XX".join(_LAW_TYPES.values())',
    ),
    **same(
        "both spellings of a vowel pair have two letters: zip's strictness is never tested",
        _LETTERS + "x__match_case",
        'return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, strict=None))',
        'return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, ))',
        'return "".join(n.upper() if o.isupper() else n for n, o in zip(new, old, strict=False))',
    ),
    **same(
        "no phrase given with the default gap holds a comma (type and level names, the country's name); with the gap \\s* the comma is followed by it already",
        _PIECES + "x__words",
        'return gap.join(re.escape(word) for word in phrase.split()).replace(r"XX,\\s+XX", r",\\s*")',
        'return gap.join(re.escape(word) for word in phrase.split()).replace(r",\\s+", r"XX,\\s*XX")',
    ),
    **same(
        "reverse alphabetical order also puts a phrase before every phrase it begins, and (?!\\w) after the alternation refuses a shorter phrase inside a word",
        _PIECES + "x__alternation",
        'return "|".join(_words(p, gap=gap) for p in sorted(phrases, key=None, reverse=True))',
        'return "|".join(_words(p, gap=gap) for p in sorted(phrases, reverse=True))',
    ),
    **same(
        "no capital X reaches base_letter: type names and abbreviations hold none and keys are case-folded",
        _LETTERS + "x_base_letter",
        'if letter in "XXđĐXX":',
    ),
    **same(
        "the class [Đd] in a pattern compiled ignoring case is [ĐD]; keys are lower case",
        _LETTERS + "x_base_letter",
        'return "d" if (letter == "đ") or True else "D"',
        'return "d" if letter == "đ" else "d"',
    ),
    **same(
        "the table's keys and the word's key are made by the same function",
        _LETTERS + "x_unaccented_key",
        'return "XXXX".join(base_letter(c) for c in fold(text))',
    ),
    **same(
        "a shorter piece of the same level word: the cheap test passes wherever it passed",
        _PATTERNS + "x__hints",
        "tail = word.split()[-1][2:]",
    ),
    **same(
        "the anchor scan is a filter: a wider or differently grouped class finds the same or more digits, and the head read backwards decides what is a citation",
        _PATTERNS + "x__last_word",
        "*words, last = type_name.upper().split()",
        "if len(last) == 2 and words:",
        'return rf"[\\s{re.escape(words[+1][-1])}]{re.escape(last)}"',
        'return rf"[\\s{re.escape(words[-2][-1])}]{re.escape(last)}"',
        'return rf"[\\s{re.escape(words[-1][+1])}]{re.escape(last)}"',
        'return rf"[\\s{re.escape(words[-1][-2])}]{re.escape(last)}"',
    ),
    **same(
        "the anchor scan is a filter: a wider or differently grouped class finds the same or more digits, and the head read backwards decides what is a citation",
        _PATTERNS + "xǁGrammarǁ__init__",
        "{_last_word(name) for name in types} & set(map(re.escape, abbreviations))",
        "by_letter.setdefault(base_letter(word[-1]).upper(), []).append(word)",
        "by_letter.setdefault(base_letter(word[+1]).lower(), []).append(word)",
        "by_letter.setdefault(base_letter(word[-2]).lower(), []).append(word)",
        "rf\"(?<=[{re.escape('XXXX'.join(sorted({w[-1] for w in words} | {letter})))}]\\s\\d)(?:\"",
    ),
    **same(
        "the identifier's pattern holds no letter whose case the flag changes (letters are [^\\W\\d_] or set case-sensitive)",
        _PATTERNS + "xǁGrammarǁ__init__",
        "self.ident = re.compile(_IDENT, )",
    ),
    **same(
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
    **same(
        "abbreviations hold no space: a shorter one inside a longer is followed by a letter, which (?!\\w) after the type refuses, whatever the order",
        _PATTERNS + "xǁGrammarǁ__init__",
        "key=None,",
        "",
        ")",
        "reverse=False,",
    ),
    **same(
        "an attribute nothing reads",
        _PATTERNS + "xǁGrammarǁ__init__",
        "self.symbol_split = None",
        "self.party_split = None",
    ),
    # round 6
    **same(
        "a capital Đ reaches base_letter only as an abbreviation's last letter ('NĐ', grouped "
        "for the anchor scan): grouped under 'đ' rather than 'd', its group's class still holds "
        "its own last letter, and its own lookbehind decides",
        _LETTERS + "x_base_letter",
        'if letter in "đđ":',
    ),
    **same(
        "None and False are both false: in_class is only tested for truth",
        _LETTERS + "x_loose_marks",
        "in_class = None",
    ),
    **same(
        "the anchor scan is a filter: a wider class finds the same or more digits, and the "
        "head read backwards decides what is a citation",
        _PATTERNS + "xǁGrammarǁ__init__",
        "rf\"(?<=[{re.escape('XXXX'.join(sorted({w[-1] for w in words} | set(tone_variants(letter)))))}]\\s\\d)(?:\"",
    ),
    **same(
        "the pattern is compiled ignoring case (loose_marks writes a letter's class in lower "
        "case): the same words in capitals match alike",
        _PATTERNS + "xǁGrammarǁ__init__",
        "rf\"(?:\\s*,)?\\s*(?:ban\\s+h[àa]nh\\s+)?(?:{loose_marks('NGÀY')}\\s+)?{loose_marks('ngày')}\"",
        "rf\"(?:\\s*,)?\\s*(?:ban\\s+h[àa]nh\\s+)?(?:{loose_marks('ngày')}\\s+)?{loose_marks('NGÀY')}\"",
        "rf\"(?:\\s*,)?(?:(?:\\s+|(?<=\\d)){loose_marks('CỦA')}\"",
        'r"(?:\\s+(?:aủc|iạt|gnort))?\\s*,?\\s*(?:[a-zđ]?\\d{1,4}|[ivxlc]{1,7}|[a-zđ])(?:[\\s,]|àv)",',
        'r"(?:\\s+(?:AỦC|IẠT|GNORT))?\\s*,?\\s*(?:[A-ZĐ]?\\d{1,4}|[IVXLC]{1,7}|[A-ZĐ])(?:[\\s,]|ÀV)",',
        'self.range_start = re.compile(r"(?<!\\w)TỪ\\s+\\Z", _I)',
        '+ r"(?:VÀ\\s+[^;()\\n]{1,120}?\\s+(?=CỦA\\s+(?:BỘ\\s+)?LUẬT|CỦA\\s+PHÁP\\s+LỆNH))?"',
        '+ r"(?:CỦA\\s+)?"',
        '+ r"(?:CÁC\\s+|\\d{1,3}\\s+)?)"',
        'r"\\s*\\(\\s*(?:ĐÃ\\s+ĐƯỢC\\s+)?SỬA\\s+ĐỔI(?:,?\\s+BỔ\\s+SUNG)?\\s+(?:NĂM\\s+)?"',
        'r"(?:GỌI\\s+TẮT\\s+LÀ|GỌI\\s+LÀ|VIẾT\\s+TẮT\\s+LÀ)\\s*:?\\s*[\\"“]?\\s*"',
    ),
    **same(
        "the law types are document types too, which the pattern refuses already (ignoring "
        "case); the alternative 'None' the mutant writes in their place adds nothing a law "
        "type would",
        _PATTERNS + "xǁGrammarǁ__init__",
        "law_types = None",
    ),
    **same(
        "the pattern ignores case and each law type keeps an alternative in capitals that the "
        "mutant leaves whole ('LUẬT', 'BỘ\\s+LUẬT' ...), which matches it in any case; what "
        "'XX' adds needs 'XX' in the text, and its type then folds to no law type",
        _PATTERNS + "xǁGrammarǁ__init__",
        "rf\"(?P<type>{'XX|XX'.join(_LAW_TYPES.values())})\"",
    ),
}
