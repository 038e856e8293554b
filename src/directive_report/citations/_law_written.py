"""Reading a law's name written otherwise than its title (private, mixed into the law reading):
loosely ("Luật Khiếu nại tố cáo"), with letters a font lost ("Luật Cht lượng sản phẩm, hàng
hóa"), a code's cut short by a damaged copy ("Bộ luật tố tụng hình VKS:"), or one the list does
not know with nothing after it ("Căn cứ Luật Trí tuệ nhân tạo;")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from directive_report.citations._law_lists import LawLists
from directive_report.citations._law_unknown import NOT_A_LAW_BEFORE, UNANCHORED_NAME, names_no_law
from directive_report.citations._laws import (
    CODE_NAMES,
    LAW_NAMES,
    ORDINANCE_NAMES,
    known_with_letters_lost,
    known_written_loosely,
    y_as_i,
)
from directive_report.citations._parts import Parts
from directive_report.citations._patterns import fold
from directive_report.citations._regex_pieces import CONSTITUTION_COUNTRY

__all__ = ["LOOSE_STEP", "LawNamesWritten"]

#: The codes' names as words in lower case (see LawNamesWritten._code_name_cut).
_CODE_WORDS = tuple(tuple(y_as_i(fold(word)) for word in name.split()) for name in CODE_NAMES)
_CUT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")
# The next word's first letter: a code's name cut short is not followed by one in lower case.
_NEXT_LETTER = re.compile(r"\s+([^\W\d_])")

# The words after a law's type that may be a known name with letters lost: words and commas,
# as many as the longest name holds.
_LONGEST_NAME = max(len(re.findall(r"[^\W\d_]+|,", n)) for n in (*LAW_NAMES, *ORDINANCE_NAMES))
# as many as the longest name holds, twice (a lost letter may leave a space: "T ch c")
_WORDS_AFTER = re.compile(rf"(?:(?:\s*,)?\s+[^\W\d_]+){{1,{2 * _LONGEST_NAME}}}")
_NAME_TOKEN = re.compile(r"[^\W\d_]+")
#: One word, or a comma, after a law's type or the words read so far (see
#: LawNamesWritten._name_written_loosely).
LOOSE_STEP = re.compile(r"\s*,|\s+[^\W\d_]+|\s+[-–](?=\s)")


class LawNamesWritten(LawLists):
    """The part of the law reading that reads names written otherwise than titled (mixed into
    it, over the list reading)."""

    #: Codes' names: after "Luật" with no year or number, a branch of law ("Luật dân sự", "Luật
    #: Tố tụng dân sự Việt Nam": the corpus's decision).
    _code_names = frozenset(CODE_NAMES)

    def _name_unanchored(self, parts: Parts, done: int) -> str | None:
        """A name the list does not know, of two words or more, with no year, number or date
        after it, read to where it ends (see :mod:`._law_unknown`): "Căn cứ Luật Trí tuệ nhân
        tạo;"; not after a type in capitals (a heading), the Constitution's type, or an
        institution's words ("Trường Đại học Luật Hà Nội"), nor a code's name after "Luật"
        however written, or a name ending as the codes' "dân sự" and "hình sự" end (a branch of
        law: "Luật T tụng hình sự", "Luật Dn sự")."""
        text = self.text
        if parts.written_type.name == "Hiến pháp" or text[parts.start : parts.end].isupper():
            return None
        unknown = UNANCHORED_NAME.match(text, parts.end)
        if unknown is None or NOT_A_LAW_BEFORE.search(
            text, max(done, parts.start - 24), parts.start
        ):
            return None
        name = " ".join(unknown["name"].split())
        if names_no_law(name, after_luat=parts.written_type.name == "Luật"):
            return None
        parts.end = unknown.end()
        return name

    def _name_with_letters_lost(self, parts: Parts) -> str | None:
        """A known name after *parts*' type with a few accented letters lost, as a font without
        their glyphs leaves them ("Luật Cht lượng sản phẩm, hàng hóa"), the longest one, read
        as written; not a code's name after "Luật" (a branch of law, as the whole name is). After
        "Hiến pháp", the country in its title ("Hiến pp nưc Cng hòa xã hi chnghĩa Việt Nam")."""
        run = _WORDS_AFTER.match(self.text, parts.end)
        if run is None:
            return None
        tokens = list(_NAME_TOKEN.finditer(self.text, run.start(), run.end()))
        found = known_with_letters_lost([token[0] for token in tokens])
        if (
            found is None
            or (found[1] == CONSTITUTION_COUNTRY) != (parts.written_type.name == "Hiến pháp")
            or (parts.written_type.name == "Luật" and found[1] in self._code_names)
        ):
            return None
        parts.end = tokens[found[0] - 1].end()
        return " ".join(self.text[tokens[0].start() : parts.end].split())

    def _name_written_loosely(self, parts: Parts) -> str | None:
        """A known name after *parts*' type written loosely (see :func:`known_written_loosely`:
        "Luật Khiếu nại tố cáo", "Luật Ban hành văn bản QPPL của HĐND và UBND"), read as
        written; not a code's name after "Luật" (a branch of law, as the whole name is)."""
        steps: list[re.Match[str]] = []

        def tokens() -> Iterator[str]:
            position = parts.end
            while (step := LOOSE_STEP.match(self.text, position)) is not None:
                steps.append(step)
                position = step.end()
                yield step[0].lstrip()

        found = known_written_loosely(tokens())
        if found is None or (parts.written_type.name == "Luật" and found[1] in self._code_names):
            return None
        first, last = steps[0], steps[found[0] - 1]
        parts.end = last.end()
        return " ".join(self.text[first.end() - len(first[0].lstrip()) : parts.end].split())

    def _code_name_cut(self, parts: Parts) -> str | None:
        """The first words of a code's name after "Bộ luật", cut short by a damaged copy before
        a capital, punctuation or the line's end ("Bộ luật tố tụng hình VKS:"), read as
        written; None after "Luật", or when a word in lower case follows (the name runs on)."""
        if parts.written_type.name != "Bộ luật":
            return None
        words: list[re.Match[str]] = []
        position = parts.end
        while len(words) < 3 and (word := _CUT_WORD.match(self.text, position)) is not None:
            key = tuple(y_as_i(fold(w[1])) for w in (*words, word))
            if not any(code[: len(key)] == key and len(key) < len(code) for code in _CODE_WORDS):
                break
            words.append(word)
            position = word.end()
        runs_on = _NEXT_LETTER.match(self.text, position)
        if not words or (runs_on is not None and runs_on[1].islower()):
            return None
        parts.end = position
        return " ".join(self.text[words[0].start(1) : position].split())
