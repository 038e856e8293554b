"""Hostile and broken files: each gives one UnreadableFileError naming the file and the reason,
in bounded time and memory (checked in a child process under a 500 MB address-space limit and a
10 s timeout), and no entity is ever resolved."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import directive_report as dr
from directive_report.errors import DirectiveReportError
from directive_report.readers import UnreadableFileError, read_facts

_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
_EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"
)


def _own_docx() -> bytes:
    return dr.render(dr.examples.load("bac-giang-ct21-2024"), "docx")


def _replace_member(package: bytes, member: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = data if info.filename == member else source.read(info)
            target.writestr(info.filename, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        # 80 MB of zeros deflate to about 80 kB
        with package.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(80):
                member.write(chunk)
    return out.getvalue()


def _lying_sizes() -> bytes:
    """A member that declares 100 bytes but inflates to 1 MB (sizes patched in both headers)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<a>" + b" " * (1 << 20) + b"</a>")
    data = bytearray(out.getvalue())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 22 : local + 26] = (100).to_bytes(4, "little")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    return bytes(data)


CASES: dict[str, tuple[str, bytes, str]] = {
    # name: (file name, content, what the message must say)
    "empty": ("empty.docx", b"", "empty"),
    "not a zip": ("report.docx", "BÁO CÁO\nkhông phải DOCX\n".encode(), "not a ZIP package"),
    "truncated zip": ("cut.docx", _own_docx()[:3000], "not a ZIP package"),
    "random bytes": ("noise.odt", bytes(range(256)) * 40, "not a ZIP package"),
    "random bytes as text": ("noise.txt", bytes(range(256)) * 40, "not a text file"),
    "zip bomb": ("bomb.docx", _bomb(), "zip bomb"),
    "lying sizes": ("liar.docx", _lying_sizes(), "damaged"),
    "entity expansion": (
        "laughs.docx",
        _replace_member(_own_docx(), "word/document.xml", _LAUGHS.encode()),
        "document type declaration",
    ),
    "external entity": (
        "external.docx",
        _replace_member(_own_docx(), "word/document.xml", _EXTERNAL.encode()),
        "document type declaration",
    ),
    "odt that is a docx": ("wrong.odt", _own_docx(), "no content.xml"),
    "broken xml": (
        "broken.docx",
        _replace_member(_own_docx(), "word/styles.xml", b"<w:styles"),
        "not well-formed XML",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_one_clean_error(case: str, tmp_path: Path) -> None:
    file_name, content, reason = CASES[case]
    path = tmp_path / file_name
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as raised:
        read_facts(path)
    assert isinstance(raised.value, DirectiveReportError)
    assert raised.value.source == str(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert reason in raised.value.reason
    assert "hostname" not in str(raised.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="no such file"):
        read_facts(tmp_path / "absent.docx")


_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (500 * 1024 * 1024, 500 * 1024 * 1024))
from directive_report.readers import UnreadableFileError, read_facts
out = {}
for path in sys.argv[1:]:
    try:
        read_facts(path)
        out[path] = "read"
    except UnreadableFileError as error:
        out[path] = "refused"
print(json.dumps(out))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_bad_files_are_refused_within_500_mb_and_10_s(tmp_path: Path) -> None:
    paths = []
    for case, (file_name, content, _) in sorted(CASES.items()):
        folder = tmp_path / case.replace(" ", "-")
        folder.mkdir()
        (folder / file_name).write_bytes(content)
        paths.append(str(folder / file_name))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *paths],
        capture_output=True,
        text=True,
        timeout=10,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == dict.fromkeys(paths, "refused")
