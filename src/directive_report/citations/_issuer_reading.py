"""Reading the issuer after "của" (private): where a name ends is the hard part."""

from __future__ import annotations

import re

from directive_report.citations._issuer_words import (
    _ABBREVIATION_INSIDE,
    _BARE_TITLE,
    _BOARD,
    _BOARD_FIELDS,
    _BODY_FIELDS,
    _BODY_FIRST_WORDS,
    _CLAUSE_VERBS,
    _DATE_WORDS,
    _FIELD_END_PAIRS,
    _FIELD_ENDS,
    _FIELD_MAX_WORDS,
    _GLUED_VERBS,
    _HEADING,
    _ISSUER_LOOKAHEAD,
    _ISSUER_MAX_WORDS,
    _ISSUER_STOPS,
    _JOINT_MINISTRIES,
    _JOINTS,
    _LIST_BULLETS,
    _MINISTRY,
    _NAME_SECOND_SYLLABLES,
    _NATIONAL_BODY,
    _PLACE_WORDS,
    _READINGS_KEPT,
    _REGIONS,
    _ROMAN,
    _STATE,
    _SUBJECT_OPENERS,
    _TERM,
    _TERRITORIES,
    _TITLE_FIRST_WORDS,
    _TITLE_OPENERS,
    _TOWN_ABBREVIATIONS,
)
from directive_report.citations._patterns import Grammar, toneless
from directive_report.citations.issuers import IssuerTable

__all__ = ["IssuerReading"]


class IssuerReading:
    """The issuer-reading half of the citation reader (mixed into it)."""

    text: str
    issuers: IssuerTable
    g: Grammar
    #: Issuers read, by the words from "của" on (see _issuer).
    _issuers_seen: dict[str, list[tuple[str, int, str]]]

    def _next_word(self, position: int) -> str:
        return self._next_word_as_written(position).lower()

    def _next_word_as_written(self, position: int) -> str:
        token = self.g.token.match(self.text, position)
        return token["token"] if token else ""

    def _issuer(self, position: int, *, joint: bool = False) -> tuple[int, str] | None:
        """The issuer after "của" at *position*: (end, canonical name) or ``None``.

        Joint issuers are read when each is a known name ("Bộ Chính trị, Ban Bí thư"), or any
        body for a *joint* document (a "liên tịch" one, whose parties are all its issuers).
        Texts name the same issuers again and again: the reading of the same words is reused.
        """
        start = self.g.issuer_start.match(self.text, position)
        if start is None:
            return None
        key = self.text[position : position + 40] + ("&" if joint else "")
        for words, length, name in self._issuers_seen.get(key, ()):
            if self.text.startswith(words, position):
                return position + length, name
        found = self._read_issuer(start, joint)  # a joint document has several parties
        if found is not None:
            # what decided the reading: the issuer and the few words after it
            words = self.text[position : found[0] + _ISSUER_LOOKAHEAD]
            seen = self._issuers_seen.setdefault(key, [])
            if len(seen) == _READINGS_KEPT:  # the same words, other text after them each time
                seen.pop()
            seen.insert(0, (words, found[0] - position, found[1]))
        return found

    def _read_issuer(self, start: re.Match[str], several: bool) -> tuple[int, str] | None:
        end = self._issuer_words(start.end())
        parties = 1
        while end is not None and (joint := self.g.joint_issuer.match(self.text, end)):
            following = self.issuers.name_pattern.match(self.text, joint.end())
            ministry = _MINISTRY.match(self.text, joint.end())
            title = _BARE_TITLE.fullmatch(self.text, start.end(), joint.end()) is not None
            if (
                following is None
                and (ministry is None or not ministry["first"].isupper())
                # after "giữa", or for a joint document, a second party is sure to follow
                and not (start["between"] or several)
                and not title
            ):
                break  # a second issuer is a known name, or a ministry ("- Bộ Lao động ...")
            second = self._issuer_words(joint.end())
            if second is None or (
                "," in joint[0] and not title and self._next_word(second) in _CLAUSE_VERBS
            ):
                break
            end = second
            parties += 1
        if end is None or (start["between"] and parties < 2):
            return None  # "giữa" names the parties of a joint document: two of them at least
        state = _STATE.match(self.text, end)
        if state is not None:
            end = state.end()
        term = _TERM.match(self.text, end)
        if term is not None:
            end = term.end()
        issuer = " ".join(self.text[start.end() : end].split())
        return end, self.issuers.canonical_name(issuer)

    def _issuer_words(self, cursor: int) -> int | None:
        """Where the issuer starting at *cursor* ends, or ``None`` if none starts there."""
        text = self.text
        known = self.issuers.name_pattern.match(text, cursor)
        start = cursor
        ministries = None if known else _JOINT_MINISTRIES.match(text, cursor)
        if ministries is not None:
            cursor = ministries.end()  # "Liên Bộ: Tài nguyên và Môi trường - Tài chính"
        end = cursor = known.end() if known else cursor
        words = 1 if known else 0
        capitals = known[0].isupper() if known else False
        capital_end = end
        place_left, place_name = 0, False  # words of a place name or term still expected
        named_place = False  # a place's name read ("tỉnh Lào Cai"): lower case ends the issuer
        territory = False  # after a place's word ("tỉnh") and the capitals of its name
        inner_known = False  # a known name read inside ("Bộ trưởng Bộ Tài chính")
        fielded = False  # a national body's field read after "về"
        previous = ""  # the word read before, as written
        while words < _ISSUER_MAX_WORDS:
            token = self.g.token.match(text, cursor)
            if token is None or text.count("\n", token.start(), token.start("token")) > 1:
                break
            word = token["token"]
            if "\n" in token["space"] and (
                self._list_mark(word, token.end())
                or (word[0].isupper() and _HEADING.match(text, token.start("token")))
                or (words and self.g.head_at.match(text, token.start("token")) is not None)
                or ((known or inner_known) and self._known_name(token) is not None)
                or (  # a new line's sentence: "... của Bộ Chính trị\nĐể bảo đảm ...", "... của
                    # UBND huyện Cam Lộ\nỦy ban nhân dân xã xây dựng ...": a body its subject
                    (known or inner_known or territory or fielded)
                    and word[0].isupper()
                    and (
                        (not word.isupper() and word.lower() in _ISSUER_STOPS)
                        or (not capitals and word.lower() in _BODY_FIRST_WORDS)
                    )
                )
            ):
                break  # the next item of a list: "...\n- Kế hoạch số ...", "...\n2. Kết luận",
                # "...\nNghị định số ...", a heading "... NHÂN DÂN TỈNH\nHỘI ĐỒNG NHÂN DÂN ..."
            if word in ("V", "v") and text.startswith("/", token.end()):
                break  # "V/v" opens the trích yếu of a công văn
            if words == 0:
                if not (word[0].isupper() or word.lower() == "cơ" or ministries is not None):
                    return None  # but "liên Bộ Giao thông vận tải và Bộ Nội vụ"
                # a name in capitals, not an abbreviation before words in lower case ("UBND tỉnh")
                next_word = self._next_word_as_written(token.end())
                capitals = (
                    word.isupper()
                    and len(word) > 1
                    and next_word.isupper()
                    and next_word not in _TOWN_ABBREVIATIONS  # "UBND TP Hồ Chí Minh"
                )
            if word == "và" and territory:
                break  # "UBND huyện và Ủy ban MTTQ huyện": a second body (see _read_issuer)
            if known and word in _JOINTS and not (territory and self._place_dash(word, token)):
                break  # a second name ("Bộ Nội vụ - Văn phòng Chính phủ") is joined by _issuer
            if previous in _TERRITORIES and (word[0].isupper() or word == "miền"):
                region = _REGIONS.match(text, token.start("token"))
                if region is not None:  # "các tỉnh Bắc trung bộ": a region, in any case
                    cursor = end = capital_end = region.end()
                    words += 1
                    named_place, territory, previous = True, True, ""
                    continue
            if word == "&" and self._next_word_as_written(token.end())[:1].isupper():
                pass  # "Bộ Lao động Thương binh & Xã hội"
            elif word in ("-", "–"):
                following = self.g.token.match(text, token.end())
                if following is None or not following["token"][0].isalnum():
                    break
                if territory and not self._place_dash(word, token):
                    break  # "UBND tỉnh Quảng Trị - Sở Tài chính": a second body
                if following["token"] in ("Kỳ", "kỳ") and self._next_word(following.end()) == "họp":
                    break  # a council's session: "HĐND tỉnh khóa VIII - Kỳ họp thứ 2"
            elif not word[0].isalnum():
                if not (
                    self._punctuation_in_name(word, previous, token.end())
                    or (named_place and word == "," and self._higher_place(token.end()))
                ):
                    break  # but "Ban Chỉ đạo phòng, chống ...", "UBND TP. Đông Hà" and "UBND
                    # xã Hải Thượng, huyện Hải Lăng" go on
            elif words and (glued := self._glued_verb(word, token.end())):
                end = token.end() - glued  # "của Chính phban hành": "Chính ph"
                break
            elif named_place and word.islower() and word not in _PLACE_WORDS:
                break  # "của HĐND tỉnh Lào Cai thôngqua chính sách": place names have capitals;
                # "... tỉnh Quảng Trị và Sở Tài chính": a second body (see _read_issuer)
            elif (
                (known or inner_known or named_place)
                and word[0].isupper()
                and word.lower() in _TITLE_FIRST_WORDS
                and (word.lower(), self._next_word_as_written(token.end())) in _TITLE_OPENERS
            ):
                break  # "... Tỉnh ủy Quy chế làm việc", "... tỉnh Phú Yên Kế hoạch thực hiện"
            elif (
                (known or inner_known)
                and (word.islower() or (capitals and word.isupper()))
                and word.lower() not in _PLACE_WORDS
                and not self._term(word, token.end())
                and not (place_left and capitals and (place_name or _ROMAN.fullmatch(word)))
            ):
                # after a known name only a place or a term follows: "Bộ Y tế cơ bản ..." and
                # "CỦA BỘ CHÍNH TRỊ KHÓA IX ĐẨY MẠNH" end
                break
            elif word == "về" and (field := self._field(start, cursor, token.end())) is not None:
                cursor = end = capital_end = field  # "Ban Chỉ đạo quốc gia về phòng, chống ..."
                words += 1
                previous, fielded = "", True
                continue
            elif self._ends_issuer(word, token.end(), capitals):
                if not words or not (
                    self._name_syllable(word, previous, token.end())
                    or (
                        word in _BOARD_FIELDS
                        and previous  # not after a field read after "về", nor a known name
                        and "\n" not in token["space"]
                        and not (territory or named_place)
                        and _BOARD.search(text, start, token.start()) is not None
                    )
                ):
                    break  # but "Ban chỉ đạo", "Viện kiểm sát", "Phát triển", "Khối các" go on,
                    # and a board's field ("Ban Quản lý dự án đầu tư xây dựng", "Ban Chỉ đạo
                    # thực hiện ...", not "Ban Chỉ đạo tỉnh triển khai ...")
            elif words and word[0].isupper() and (inner := self._known_name(token)) is not None:
                cursor = end = capital_end = inner  # "Chủ tịch Ủy ban nhân dân tỉnh": read whole
                words += 1
                inner_known = True
                previous = ""
                continue
            cursor = end = token.end()
            words += 1
            previous = word
            if word == ".":
                continue  # "TP. Đông Hà": the town's name follows
            territory = (
                word in _TERRITORIES
                and not (word == "xã" and self._next_word(token.end()) == "hội")
            ) or (territory and (word[0].isupper() or word[0].isdigit()))  # "phường 5"
            if self._term(word, token.end()):
                place_left, place_name = 1, False
            elif word.lower() in _PLACE_WORDS:
                place_left, place_name = 3, True
            else:
                named_place = named_place or (
                    territory and (word[0].isupper() or word[0].isdigit())
                )
                place_left = max(0, place_left - 1)
            if word[0].isupper() or word[0].isdigit():
                capital_end = end
        else:
            end = capital_end  # no clear end: keep up to the last capitalised word
        while end > start and text[end - 1] in "-– ":
            end -= 1
        return end if end > start else None

    def _place_dash(self, dash: str, token: re.Match[str]) -> bool:
        """Whether *dash* (the token *token*), after a place's name, goes on naming the place
        ("tỉnh Bà Rịa - Vũng Tàu"): a capitalised word follows that opens no body's name."""
        following = self._next_word_as_written(token.end())
        return (
            dash in ("-", "–")
            and following[:1].isupper()
            and following.lower() not in _BODY_FIRST_WORDS
        )

    def _punctuation_in_name(self, mark: str, previous: str, after: int) -> bool:
        """Whether *mark* after the word *previous* is inside a name: the comma of "phòng,
        chống" ("Ban Chỉ đạo phòng, chống dịch"), the dot of a town abbreviated before its
        capitalised name ("UBND TP. Đông Hà", not "TP. Tuy nhiên ...")."""
        if mark == ",":
            return previous.lower() == "phòng" and self._next_word(after) == "chống"
        if mark in "()":  # "Ủy ban nhân dân (UBND) tỉnh": its abbreviation, then its place
            return (
                _ABBREVIATION_INSIDE.match(
                    self.text, after if mark == "(" else after - len(previous) - 1
                )
                is not None
            )
        if mark != "." or previous not in _TOWN_ABBREVIATIONS:
            return False
        token = self.g.token.match(self.text, after)
        return (
            token is not None
            and "\n" not in token["space"]
            and token["token"][:1].isupper()
            and not self._next_word_as_written(token.end()).islower()
        )

    def _higher_place(self, after: int) -> bool:
        """Whether a place's word and a capitalised name follow a comma (ending at *after*)
        after a place's name: the higher level of a commune's or a district's body ("UBND xã
        Hải Thượng, huyện Hải Lăng, tỉnh Quảng Trị")."""
        token = self.g.token.match(self.text, after)
        if token is None or "\n" in token["space"]:
            return False
        if token["token"] not in _TERRITORIES and token["token"] != "thành":
            return False
        name = self._next_word_as_written(token.end())
        return name[:1].isupper() or (token["token"] == "thành" and name == "phố")

    def _name_syllable(self, word: str, previous: str, after: int) -> bool:
        """Whether *word*, which elsewhere ends an issuer, is a syllable of the name: a verb's
        first syllable right after a body's head noun, naming its field ("Ban chỉ đạo", "Viện
        kiểm sát", in capitals too: "BAN CHẤP HÀNH"); the second syllable of a name's word
        ("Phát triển", "Khối các cơ quan");
        "các" before provinces and their region ("Cụm thi đua các tỉnh Bắc Trung Bộ")."""
        lower, before = word.lower(), previous.lower()
        if (word.islower() or (word.isupper() and previous.isupper())) and lower in (
            _BODY_FIELDS.get(before, ())
        ):
            return True  # in capitals too: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"
        if (previous, lower) in _NAME_SECOND_SYLLABLES:
            return True
        if lower != "các":
            return False
        token = self.g.token.match(self.text, after)
        return (
            token is not None
            and token["token"] in _TERRITORIES
            and self._next_word_as_written(token.end())[:1].isupper()
        )

    def _field(self, start: int, before: int, after: int) -> int | None:
        """The end of the field after "về" (at *after*) that names a national body written
        from *start* to *before* ("Ban Chỉ đạo quốc gia"), or ``None``: lower-case words, joined
        by commas and "và", up to a word that ends the name."""
        if not _NATIONAL_BODY.search(self.text, start, before):  # "Chủ tịch Ủy ban Quốc gia"
            return None
        end, position, words = None, after, 0
        while words < _FIELD_MAX_WORDS:
            token = self.g.token.match(self.text, position)
            if token is None or "\n" in token["space"]:
                break
            word = token["token"]
            # "phòng, chống thiên tai", "... bền vững và nâng cao ...", the next word on the
            # next line too ("... sáng tạo và\nchuyển đổi số": the list goes on)
            if word in (",", "và"):
                following = self.g.token.match(self.text, token.end())
                if (
                    following is None
                    or not self._field_word(following)
                    or following["token"] in _ISSUER_STOPS  # "..., từ đầu tháng 6"
                ):
                    break
                token = following
            elif not self._field_word(token):
                break
            end = position = token.end()
            words += 1
        return end

    def _field_word(self, token: re.Match[str]) -> bool:
        """Whether *token* is a word of a body's field: in lower case (on the next line too:
        see _field), not a word that ends the name ("đã", "ngày", "ban hành")."""
        word = token["token"]
        return (
            token["space"].count("\n") < 2
            and word.isalpha()
            and word.islower()
            and word not in _FIELD_ENDS
            and not (
                word in ("ban", "quy") and (word, self._next_word(token.end())) in _FIELD_END_PAIRS
            )
        )

    def _glued_verb(self, word: str, after: int) -> int:
        """The length of a word that ends an issuer glued to the end of *word* ("phban" before
        "hành", "chínhvề"), or 0: a syllable is never longer than such a word alone."""
        lower = word.lower()
        for verb, following in _GLUED_VERBS:
            if (
                len(lower) > len(verb)
                and lower.endswith(verb)
                and (following is None or self._next_word(after) == following)
            ):
                return len(verb)
        return 0

    def _term(self, word: str, after: int) -> bool:
        """Whether *word* is "khóa" ("khóa XI"), or a word whose tone marks a copy scrambled or
        lost ("khỏá XÍĨ") before a term's number."""
        lower = word.lower()
        if lower in ("khóa", "khoá"):
            return True
        if len(lower) != 4 or not lower.startswith("kh") or toneless(lower) != "khoa":
            return False  # most words: a cheap test first
        return _ROMAN.fullmatch(toneless(self._next_word_as_written(after))) is not None

    def _list_mark(self, word: str, after: int) -> bool:
        """Whether *word*, first on its line, marks a list's item: a dash or a bullet, or a
        number or a letter followed by "." or ")" ("2.", "b)")."""
        if word in _LIST_BULLETS:
            return True
        return (word.isdigit() or (len(word) == 1 and word.isalpha())) and self.text.startswith(
            (".", ")"), after
        )

    def _known_name(self, token: re.Match[str]) -> int | None:
        """The end of a known issuer name starting at *token*, if one does."""
        known = self.issuers.name_pattern.match(self.text, token.start("token"))
        return None if known is None else known.end()

    def _opens_subject(self, word: str, after: int) -> bool:
        """Whether *word* (capitalised) and the word in lower case after it open a trích yếu."""
        following = self._next_word_as_written(after)
        return following.islower() and (word.lower(), following) in _SUBJECT_OPENERS

    def _ends_issuer(self, word: str, after: int, capitals: bool) -> bool:
        lower = word.lower()
        if lower == "kỳ" and self._next_word(after) == "họp":
            return True  # a council's session: "của HĐND tỉnh khóa VIII kỳ họp thứ 2"
        if capitals and word[0].isupper() and not word.isupper():
            return True  # a name in capitals ends where the words do not: "... TÀI CHÍNH\nCăn cứ"
        if lower in ("ban", "thông") and self._next_word(after) == (
            "hành" if lower == "ban" else "qua"
        ):
            return True  # "... tỉnh ban hành", "... tỉnh Vĩnh Long Ban hành Bảng giá đất", "...
            # HĐND tỉnh thông qua"
        if word[0].isupper() and self._opens_subject(word, after):
            return True  # "của Chính phủ Quy định cơ chế ...": the trích yếu, with a capital
        if word == "Về" and self._next_word_as_written(after).islower():
            return True  # "... tỉnh Quảng Trị Về ban hành Quy chế"
        if lower in _DATE_WORDS and self._next_word(after)[:1].isdigit():
            return True  # "của Bộ Chính trị Ngày 17/3/2024, ...": a new sentence
        if not (word.islower() or word.isupper()):
            return False  # a capitalised word goes on: "Thông tin và Truyền thông"
        # A word in capitals is tested like one in lower case: an acronym goes on ("UBND"), a
        # stop word ends the name in any case ("... tỉnh VỀ VIỆC khen thưởng").
        if lower == "và":
            following = self.g.token.match(self.text, after)
            if following is None:
                return True
            nxt = following["token"]
            if not capitals and not nxt[0].isupper():
                return True
            return self.g.head_at.match(self.text, following.start("token")) is not None
        if lower == "ban":  # "... tỉnh ban hành" ends; "Ủy ban Mặt trận Tổ quốc" goes on
            return self._next_word(after) == "hành"
        return lower in _ISSUER_STOPS
