"""Read the hand-annotated corpus (format in README.md) and score an extractor against it.

Used by ``tests/test_citations_corpus.py`` and ``benchmarks/bench_citations.py``; both put this
folder on ``sys.path``.  Nothing here calls the extractor's own parsing: expected values are
the annotations as written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

#: The record fields compared, as in the ``directive-report citations --json`` record, plus name.
FIELDS = (
    "doc_type",
    "number",
    "year",
    "symbol",
    "date",
    "issuer",
    "issuer_inferred",
    "pinpoint",
    "name",
    "alias",
)
_KEYS = {
    "doc_type",
    "number",
    "year",
    "symbol",
    "date",
    "issuer",
    "inferred_issuer",
    "pinpoint",
    "name",
    "alias",
}
# ⟦cited words⟧{fields}: the words may not contain ⟧, the fields may not contain }.
_MARK_RE = re.compile(r"⟦(?P<words>[^⟧]*)⟧\{(?P<fields>[^}]*)\}")


@dataclass(frozen=True)
class Expected:
    """One annotated citation: its span in the plain text and its fields."""

    start: int
    end: int
    fields: dict[str, Any] = field(hash=False)


@dataclass(frozen=True)
class Text:
    """One corpus text: the plain text (markup removed) and its annotations.

    ``held_out`` is true for a real text of the held-out part: scoring it counts, but never
    records what it missed, so that no script can show a held-out miss by accident.
    """

    name: str
    text: str
    expected: tuple[Expected, ...]
    held_out: bool = False


def _value(key: str, raw: str) -> Any:
    raw = raw.strip()
    if key in ("number", "year"):
        return int(raw)
    if key == "date":
        return dt.date.fromisoformat(raw)
    if key == "alias":
        if raw not in ("true", "false"):
            raise ValueError(f"alias must be true or false, got {raw!r}")
        return raw == "true"
    return unicodedata.normalize("NFC", " ".join(raw.split()))


def _fields(spec: str) -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(FIELDS)
    values["issuer_inferred"] = values["alias"] = False
    for item in spec.split(";"):
        if not item.strip():
            continue
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or key not in _KEYS:
            raise ValueError(f"bad annotation field {item!r}: expected one of {sorted(_KEYS)}")
        if key == "inferred_issuer":
            values["issuer"] = _value("issuer", raw)
            values["issuer_inferred"] = True
        else:
            values[key] = _value(key, raw)
    return values


def read_text(path: Path) -> Text:
    """Read one annotated file."""
    source = path.read_text(encoding="utf-8")
    source = "".join(line for line in source.splitlines(keepends=True) if not line.startswith("#"))
    pieces: list[str] = []
    expected = []
    position = done = 0
    for mark in _MARK_RE.finditer(source):
        pieces.append(source[done : mark.start()])
        position += mark.start() - done
        words = mark["words"]
        expected.append(Expected(position, position + len(words), _fields(mark["fields"])))
        pieces.append(words)
        position += len(words)
        done = mark.end()
    pieces.append(source[done:])
    text = "".join(pieces)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"{path.name}: unbalanced annotation brackets")
    held_out = path.parent.resolve() == REAL.resolve() and part_of(path.stem) == "heldout"
    return Text(path.stem, text, tuple(expected), held_out)


def corpus(pattern: str = "*.txt") -> list[Text]:
    """Every annotated text matching *pattern*, by name."""
    return [read_text(p) for p in sorted(HERE.glob(pattern))]


REAL = HERE / "real"
#: Share of the real texts in the development part (the rest is held out).
DEV_SHARE = 0.6


def part_of(name: str) -> str:
    """``"dev"`` or ``"heldout"``: fixed by a hash of the file name, decided before any tuning."""
    first = hashlib.sha256(name.encode()).digest()[0]
    return "dev" if first < round(256 * DEV_SHARE) else "heldout"


@dataclass(frozen=True)
class Source:
    """Where a real text was copied from (a row of ``real/MANIFEST.tsv``)."""

    name: str
    part: str
    source: str
    document: str
    batch: int  # 1: the first 171 texts; 2: the third round's; 3, 4: the fourth's; 5-9: one a round


def manifest() -> dict[str, Source]:
    """The rows of ``real/MANIFEST.tsv`` by text name."""
    rows: dict[str, Source] = {}
    lines = (REAL / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        name, part, source, document, batch = line.split("\t")
        rows[name] = Source(name, part, source, document, int(batch))
    return rows


def real_corpus(part: str | None = None, batches: Iterable[int] | None = None) -> list[Text]:
    """The real texts (``real/*.txt``), all or only the ``"dev"`` / ``"heldout"`` part, and all
    or only those of the given *batches* (``real/MANIFEST.tsv``)."""
    texts = [read_text(p) for p in sorted(REAL.glob("*.txt"))]
    texts = [t for t in texts if part is None or part_of(t.name) == part]
    if batches is None:
        return texts
    wanted = set(batches)
    rows = manifest()
    return [t for t in texts if rows[t.name].batch in wanted]


def actual_fields(found: Any) -> dict[str, Any]:
    """The fields of a :class:`directive_report.citations.Found`, as annotated."""
    c = found.citation
    return {
        "doc_type": c.doc_type.name,
        "number": c.running_number,
        "year": c.identifier_year,
        "symbol": c.number.symbol if c.number else None,
        "date": c.date,
        "issuer": c.issuer,
        "issuer_inferred": c.issuer_inferred,
        "pinpoint": str(c.pinpoint) if c.pinpoint else None,
        "name": c.name,
        "alias": found.alias,
    }


@dataclass
class Score:
    """Counts for precision, recall and per-field accuracy."""

    expected: int = 0
    found: int = 0
    strict: int = 0  # found with exactly the expected span
    lenient: int = 0  # overlapping an expected span, one to one
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)  # never holds a held-out text's misses

    def add(self, other: Score) -> None:
        """Accumulate *other* into this score."""
        self.expected += other.expected
        self.found += other.found
        self.strict += other.strict
        self.lenient += other.lenient
        for key in FIELDS:
            self.field_right[key] += other.field_right[key]
        self.misses.extend(other.misses)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        """Strict-span precision."""
        return self._ratio(self.strict, self.found)

    @property
    def recall(self) -> float:
        """Strict-span recall."""
        return self._ratio(self.strict, self.expected)

    @property
    def lenient_precision(self) -> float:
        """Overlap precision."""
        return self._ratio(self.lenient, self.found)

    @property
    def lenient_recall(self) -> float:
        """Overlap recall."""
        return self._ratio(self.lenient, self.expected)

    def accuracy(self, key: str) -> float:
        """Share of strict matches whose *key* field is right."""
        return self._ratio(self.field_right[key], self.strict)


# The two placements of a tone mark ("hoà" and "hòa", "Uỷ" and "Ủy") name the same law.
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỳ": "ùy", "uý": "úy",
              "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy", "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe",
              "oẹ": "ọe"}  # fmt: skip


def _name_key(name: str) -> str:
    key = "".join(name.split()).casefold()
    for old, new in _OLD_TONES.items():
        key = key.replace(old, new)
    return key


def _same(key: str, got: Any, expected: Any) -> bool:
    # A law's name is compared without case or spacing: "Luật tổ chức Chính phủ" names the
    # same law as "Luật Tổ chức Chính phủ", and copies glue words ("nhândân").
    if key == "name" and isinstance(got, str) and isinstance(expected, str):
        return _name_key(got) == _name_key(expected)
    return bool(got == expected)


def score(text: Text, extract: Callable[[str], Sequence[Any]]) -> Score:
    """Compare ``extract(text.text)`` with the annotations."""
    result = _compare(text, list(extract(text.text)))
    if text.held_out:
        result.misses.clear()  # counted, never shown: a held-out miss is recorded nowhere
    return result


def _compare(text: Text, found: list[Any]) -> Score:
    result = Score(expected=len(text.expected), found=len(found))
    by_span = {(f.start, f.end): f for f in found}
    unmatched = list(found)
    for exp in text.expected:
        got = by_span.get((exp.start, exp.end))
        words = text.text[exp.start : exp.end].replace("\n", " ")
        if got is not None:
            result.strict += 1
            fields = actual_fields(got)
            for key in FIELDS:
                if _same(key, fields[key], exp.fields[key]):
                    result.field_right[key] += 1
                else:
                    result.misses.append(
                        f"{text.name}: {key} of {words!r}: expected {exp.fields[key]!r}, "
                        f"got {fields[key]!r}"
                    )
        else:
            result.misses.append(f"{text.name}: span not found: {words!r}")
        overlapping = [f for f in unmatched if f.start < exp.end and exp.start < f.end]
        if overlapping:
            result.lenient += 1
            unmatched.remove(overlapping[0])
    expected_spans = {(e.start, e.end) for e in text.expected}
    for f in found:
        if (f.start, f.end) not in expected_spans:
            result.misses.append(f"{text.name}: unexpected {f.text.replace(chr(10), ' ')!r}")
    return result


def score_all(texts: Iterable[Text], extract: Callable[[str], Sequence[Any]]) -> Score:
    """Micro-averaged score over *texts*."""
    total = Score()
    for text in texts:
        total.add(score(text, extract))
    return total
