"""The equivalent mutants of ``scripts/mutate.py``'s targets: mutants no input can tell from
the code, each with the reason.  A survivor listed here is counted apart and left out of the
score; every other survivor counts against it.  Messages are never listed: a mutant that
changes what a user reads is killed by a test asserting the message word for word."""

from __future__ import annotations

from mutate_equivalent_citations import CITATION_FIND  # scripts/ is on the path
from mutate_equivalent_citations_grammar import CITATION_GRAMMAR
from mutate_equivalent_citations_issuers import CITATION_ISSUERS
from mutate_equivalent_citations_tails import CITATION_TAILS
from mutate_equivalent_serialize import SERIALIZE
from mutate_equivalent_vi_layout import VI_AND_LAYOUT

#: By the function mutmut mutates and the line the mutant writes there (so that the list holds
#: when mutmut numbers a function's mutants anew): why no input can tell it from the code.
EQUIVALENT: dict[tuple[str, str], str] = {
    # model
    (
        "directive_report.model.table.x__place",
        "for below in range(r + cell.rowspan):",
    ): "the rows up to r are placed already: what is marked for them is never read",
    (
        "directive_report.model.table.x__place",
        "for below in range(r - 1, r + cell.rowspan):",
    ): "the rows up to r are placed already: what is marked for them is never read",
    (
        "directive_report.model.table.x__where",
        "if cell is None and column is None:",
    ): "cell and column are given together or not at all",
    (
        "directive_report.model.placeholder.x_find_placeholders",
        "break  # derived data (a table's placed cells): its source is walked",
    ): "the one field not given to a constructor (Table._placed) is its class's last",
    (
        "directive_report.model.placeholder.x__collect",
        "text = value if isinstance(value, str) else cast(None, value).text",
    ): "typing.cast does nothing at run time",
    (
        "directive_report.model.placeholder.x__collect",
        "children: Iterable[tuple[str | int, object]] = enumerate(cast(None, value))",
    ): "typing.cast does nothing at run time",
    (
        "directive_report.model.placeholder.x__collect",
        "kind = _KINDS.get(None) or _kind(type(value))",
    ): "a type missing from the cache has its kind worked out again, the same",
    (
        "directive_report.model.placeholder.x__collect",
        "if (_KINDS.get(None) or _kind(type(child))) != _OTHER:  # a number, a date, None",
    ): "a type missing from the cache has its kind worked out again, the same",
    (
        "directive_report.model.placeholder.x__collect",
        "if (_KINDS.get(type(child)) and _kind(type(child))) != _OTHER:  # a number, a date, None",
    ): "a child not yet cached is walked into, and the walk of a number, a date or None finds "
    "nothing",
    # citations/rest: the keys of resolve()'s index are only compared with one another
    **{
        ("directive_report.citations._resolve.x__keys", line): (
            "a key's tag renamed the same way for every citation: still one tag per kind, "
            "distinct from the others"
        )
        for line in (
            'keys.add(("XXnumberXX", str(citation.running_number)))',
            'keys.add(("NUMBER", str(citation.running_number)))',
            'keys.add(("XXnameXX", citation.name.casefold()))',
            'keys.add(("NAME", citation.name.casefold()))',
            'keys.add(("XXconstitutionXX",))',
            'keys.add(("CONSTITUTION",))',
        )
    },
    # citations/rest: resolve(), the NFC offsets and the stream (tests in
    # tests/test_citations_resolve_more.py, _source_offsets.py, _stream_chunks.py)
    (
        "directive_report.citations._resolve.x_resolve",
        "if len(fits) >= 1 and all(_agree(a.citation, b.citation) for a in fits for b in fits):",
    ): "with one fitting document there is nothing to join: the loop over fits[1:] is empty "
    "and fits[:1] is fits",
    (
        "directive_report.citations._resolve.x_resolve",
        "if mention.alias and index >= 0 and (index - 1) in owner:",
    ): "at index 0 the mention before, -1, is never in owner (its keys are indices of mentions)",
    (
        "directive_report.citations._resolve.x__keys",
        "keys.add(None)",
    ): "for the Constitution, a tag of its own renamed, as above (the same line for a number or "
    "a name merges two kinds and is killed: tests/test_citations_resolve_more.py)",
    (
        "directive_report.citations._resolve.xǁ_Documentǁabsorb",
        "other.alive = None",
    ): "alive is only tested for truth: None is as false as False",
    (
        "directive_report.citations._source.xǁSourceǁ_compose",
        "if start >= done:",
    ): "at start == done the piece added is empty and the offsets move by 0",
    (
        "directive_report.citations._source.xǁSourceǁ_every_cluster",
        "for index in range(len(self.original) + 1):",
    ): "index 0 adds the empty cluster (0, 0), which maps 0 to 0 as the cluster after it does "
    "(the fallback is never taken for an empty text, which is NFC)",
    (
        "directive_report.citations._source.xǁSourceǁoriginal_offset",
        "if index <= 0:",
    ): "the first recorded stretch starts where nothing before it changed: its start is the same "
    "offset in both texts, so the formula gives the offset itself",
    (
        "directive_report.citations._source.xǁSourceǁoriginal_offset",
        "if index < 1:",
    ): "the first recorded stretch starts where nothing before it changed: its start is the same "
    "offset in both texts, so the formula gives the offset itself",
    (
        "directive_report.citations._stream.x__extract_path",
        'with path.open(encoding="UTF-8", newline="") as stream:',
    ): "codec names are read in any case",
    (
        "directive_report.citations._stream.x_extract",
        "return extract_chunks(_read_chunks(cast(None, text)), issuers=issuers)",
    ): "cast() returns its second argument: the type is for mypy only",
    (
        "directive_report.citations._stream.x_extract_chunks",
        "kept = 1  # length of the buffer after the last pass: a pass waits for MARGIN new "
        "characters",
    ): "before the first pass the buffer must hold MARGIN + CONTEXT characters anyway, more "
    "than MARGIN + 1; every pass sets kept",
    (
        "directive_report.citations._stream.x_extract_groups",
        "if mapped or after:  # the first NFC offset at or after *after* in the text as given",
    ): "for NFC text original_offset is the identity: the search finds *after* itself",
    (
        "directive_report.citations._stream.x_extract_groups",
        "low, high = 1, len(source.text)",
    ): "the search runs only for after > 0, and offset 0 maps to 0 < after: the answer is never 0",
}

EQUIVALENT.update(SERIALIZE)
EQUIVALENT.update(VI_AND_LAYOUT)
EQUIVALENT.update(CITATION_FIND)
EQUIVALENT.update(CITATION_ISSUERS)
EQUIVALENT.update(CITATION_GRAMMAR)
EQUIVALENT.update(CITATION_TAILS)
