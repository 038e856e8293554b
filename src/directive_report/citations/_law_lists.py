"""Laws listed by their names after one law's type (private, mixed into the law reading):
"Luật: Chứng khoán, Kế toán, Quản lý, sử dụng tài sản công, ..." is a law each known name (the
corpus's batch-9 decision: the type word and colon in the first item's span, a comma of a law's
own name not splitting it); and the names the list of laws knows, by the words that write
them."""

from __future__ import annotations

from directive_report.citations._laws import y_as_i
from directive_report.citations._parts import Parts
from directive_report.citations._patterns import fold
from directive_report.citations._tail_reading import TailReading

__all__ = ["LawLists"]


class LawLists(TailReading):
    """The list-reading part of the law reading (mixed into it, over the tail reading)."""

    def _known(self, words: str) -> str:
        """The name the list knows written as *words* (in any case, spacing, placement of a tone
        mark, "i" or "y")."""
        return self.g.law_names[y_as_i(fold(words))]

    def _names_listed(self, head: Parts) -> list[Parts]:
        """The laws cited by the known names listed, in a title's case, after *head*'s name
        alone (no year, number, date or issuer): "Luật: Chứng khoán, Kế toán, ...", "các Luật
        Đất đai, Nhà ở và Kinh doanh bất động sản"; one law each, of *head*'s type."""
        items: list[Parts] = []
        if head.name is None or head.year or head.number or head.date or head.issuer:
            return items
        end = head.end
        while (listed := self.g.listed_law_name.match(self.text, end)) is not None:
            if ":" in listed["gap"]:
                break
            item = Parts(listed.start("item"), listed.end(), head.written_type, head.doc_type)
            item.name = self._known(listed["item"])
            items.append(item)
            end = item.end
        return items

    def _first_name_listed(self, parts: Parts) -> str | None:
        """The first of the known names listed after *parts*' type and a colon ("Luật: Chứng
        khoán, Kế toán, ..."), read into *parts* when another follows it (see
        :meth:`_names_listed`)."""
        first = self.g.listed_law_name.match(self.text, parts.end)
        if first is None or ":" not in first["gap"]:
            return None
        if self.g.listed_law_name.match(self.text, first.end()) is None:
            return None
        parts.end = first.end()
        return self._known(first["item"])
