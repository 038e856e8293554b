"""Legacy Word ``.doc`` files, converted to DOCX by LibreOffice when it is installed (private)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from directive_report import i18n
from directive_report.readers._limits import Source, UnreadableFileError, read_source

__all__ = ["convert_doc"]


def convert_doc(source: Source, name: str) -> Path:
    """A legacy Word ``.doc`` converted to DOCX by LibreOffice, in a temporary folder."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise UnreadableFileError(
            name,
            i18n._(
                "a legacy .doc file needs LibreOffice to be read: install it (soffice) or save the file as .docx"
            ),
        )
    data = read_source(source)
    folder = Path(tempfile.mkdtemp(prefix="directive-report-doc-"))
    original = folder / "document.doc"
    original.write_bytes(data)
    profile = folder / "profile"
    try:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "docx",
                "--outdir",
                str(folder),
                str(original),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UnreadableFileError(name, i18n._("LibreOffice took too long to convert it")) from None
    converted = folder / "document.docx"
    if not converted.exists():
        raise UnreadableFileError(
            name, i18n._("LibreOffice could not convert it: not a Word document?")
        )
    return converted
