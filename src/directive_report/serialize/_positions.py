"""Where each value of a TOML or JSON report file starts: its line and column (private).

:mod:`tomllib` and :mod:`json` give the data without positions.  When a report cannot be
loaded, the text (already parsed without error, so its syntax is known to be sound) is scanned
once more for its table headers, keys and array items, and each path of the data
(``("sections", 1, "blocks", 0, "actions", 1, "quantity")``) is mapped to the line and column
where its value starts: the ``[[...]]`` or ``[...]`` header of a table given by a header, the
``{`` of an inline table, the first character of any other value.  The scan runs only for a
file that failed to load, so loading a good file costs nothing more.

We found no well-kept Python library that gives the positions of the values of a TOML file
(``tomlkit`` keeps the formatting but not the line numbers; ``tomli`` gives positions only for
syntax errors), and a scan of a text already known to be valid is short, so it is written here
for TOML 1.0 (basic, literal and multi-line strings, dotted and quoted keys, inline tables,
arrays, arrays of tables, dates with a space before the time) and JSON (RFC 8259).
"""

from __future__ import annotations

import bisect
import json
import re
import tomllib
from typing import Literal

#: A path inside the data: keys and array indices, from the top.
DataPath = tuple[str | int, ...]
#: A line and a column, both counted from 1 (the column in characters).
Position = tuple[int, int]

_SPACE = re.compile(r"[ \t]*")
_SPACE_LINES = re.compile(r"(?:[ \t\r\n]|#[^\n]*)*")  # with comments (TOML)
_JSON_SPACE = re.compile(r"[ \t\r\n]*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_LITERAL = re.compile(r"'[^'\n]*'")
_MULTI_BASIC = re.compile(r'"""(?:[^"\\]|\\.|""?(?!"))*""""{0,2}', re.DOTALL)
_MULTI_LITERAL = re.compile(r"'''(?:[^']|''?(?!'))*''''{0,2}", re.DOTALL)
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[Zz]|[+-]\d\d:\d\d)?")
_BARE_VALUE = re.compile(r"[^\s,\]}#]+")


def positions(text: str, format: Literal["toml", "json"]) -> dict[DataPath, Position]:
    """The position of every value in *text*, by its path; empty if the text nests too deeply
    to scan (the problem is then the nesting, which has no better place than its path)."""
    scanner = _Scanner(text)
    try:
        if format == "toml":
            scanner.toml_document()
        else:
            scanner.json_value(())
    except RecursionError:
        return {}
    return scanner.found


def position_of(found: dict[DataPath, Position], path: DataPath) -> Position | None:
    """Where *path* is, or else its nearest enclosing table or array that the file writes (a
    missing key: the table it is missing from); ``None`` for the document as a whole."""
    for end in range(len(path), 0, -1):
        position = found.get(path[:end])
        if position is not None:
            return position
    return None


class _Scanner:
    """One pass over a text known to be valid, recording where each value starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.found: dict[DataPath, Position] = {}
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def _position(self, offset: int) -> Position:
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def _skip(self, pattern: re.Pattern[str]) -> None:
        match = pattern.match(self.text, self.at)
        if match is not None:
            self.at = match.end()

    def _take(self, pattern: re.Pattern[str]) -> str:
        match = pattern.match(self.text, self.at)
        if match is None:  # pragma: no cover - the text was parsed before it is scanned
            raise ValueError(f"unexpected text at offset {self.at}")
        self.at = match.end()
        return match.group()

    def _record(self, path: DataPath) -> None:
        self.found.setdefault(path, self._position(self.at))

    # TOML -----------------------------------------------------------------------------------

    def toml_document(self) -> None:
        table: DataPath = ()
        last_item: dict[DataPath, int] = {}  # each array of tables: the index of its last table
        while True:
            self._skip(_SPACE_LINES)
            if self.at >= len(self.text):
                return
            if self.text.startswith("[", self.at):
                table = self._toml_header(last_item)
            else:
                self._toml_key_value(table)

    def _toml_header(self, last_item: dict[DataPath, int]) -> DataPath:
        start = self.at
        is_array = self.text.startswith("[[", self.at)
        self.at += 2 if is_array else 1
        keys = self._toml_key()
        self._skip(_SPACE)
        self.at += 2 if is_array else 1
        path: DataPath = ()
        for key in keys[:-1]:  # a key naming an array of tables means its last table
            path = (*path, key)
            if path in last_item:
                path = (*path, last_item[path])
        path = (*path, keys[-1])
        if is_array:
            self.found.setdefault(path, self._position(start))
            last_item[path] = last_item.get(path, -1) + 1
            path = (*path, last_item[path])
        self.found.setdefault(path, self._position(start))
        return path

    def _toml_key(self) -> list[str]:
        keys: list[str] = []
        while True:
            self._skip(_SPACE)
            char = self.text[self.at]
            if char == '"':
                keys.append(tomllib.loads("k = " + self._take(_BASIC))["k"])
            elif char == "'":
                keys.append(self._take(_LITERAL)[1:-1])
            else:
                keys.append(self._take(_BARE_KEY))
            self._skip(_SPACE)
            if not self.text.startswith(".", self.at):
                return keys
            self.at += 1

    def _toml_key_value(self, table: DataPath) -> None:
        key_start = self.at
        keys = self._toml_key()
        for end in range(1, len(keys)):  # the tables a dotted key makes start at the key
            self.found.setdefault((*table, *keys[:end]), self._position(key_start))
        self._skip(_SPACE)
        self.at += 1  # =
        self._skip(_SPACE)
        self._toml_value((*table, *keys))

    def _toml_value(self, path: DataPath) -> None:
        self._record(path)
        char = self.text[self.at]
        if char == "{":
            self.at += 1
            while True:
                self._skip(_SPACE_LINES)
                if self.text.startswith("}", self.at):
                    self.at += 1
                    return
                self._toml_key_value(path)
                self._skip(_SPACE_LINES)
                if self.text.startswith(",", self.at):
                    self.at += 1
        elif char == "[":
            self.at += 1
            index = 0
            while True:
                self._skip(_SPACE_LINES)
                if self.text.startswith("]", self.at):
                    self.at += 1
                    return
                self._toml_value((*path, index))
                index += 1
                self._skip(_SPACE_LINES)
                if self.text.startswith(",", self.at):
                    self.at += 1
        elif self.text.startswith('"""', self.at):
            self._take(_MULTI_BASIC)
        elif self.text.startswith("'''", self.at):
            self._take(_MULTI_LITERAL)
        elif char == '"':
            self._take(_BASIC)
        elif char == "'":
            self._take(_LITERAL)
        elif _DATE_TIME.match(self.text, self.at):
            self._take(_DATE_TIME)
        else:
            self._take(_BARE_VALUE)

    # JSON -----------------------------------------------------------------------------------

    def json_value(self, path: DataPath) -> None:
        self._skip(_JSON_SPACE)
        self._record(path)
        char = self.text[self.at]
        if char in "{[":
            self.at += 1
            closing = "}" if char == "{" else "]"
            index = 0
            while True:
                self._skip(_JSON_SPACE)
                if self.text.startswith(closing, self.at):
                    self.at += 1
                    return
                if char == "{":
                    key = json.loads(self._take(_BASIC))
                    self._skip(_JSON_SPACE)
                    self.at += 1  # :
                    self.json_value((*path, key))
                else:
                    self.json_value((*path, index))
                    index += 1
                self._skip(_JSON_SPACE)
                if self.text.startswith(",", self.at):
                    self.at += 1
        elif char == '"':
            self._take(_BASIC)
        else:
            self._take(_BARE_VALUE)
