"""Converting office documents to PDF with LibreOffice, several files per start.

LibreOffice's start-up (about 0.8 s) dominates a conversion, so :func:`convert_to_pdf` hands it
every file at once.  Each call runs in a private, throw-away user profile
(``-env:UserInstallation``): it never touches the user's own LibreOffice settings, and two calls
at the same time do not wait for each other's profile lock.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from directive_report.errors import DirectiveReportError

__all__ = ["DEFAULT_TIMEOUT", "PDFA_PARTS", "PdfConversionError", "convert_to_pdf", "find_soffice"]

#: Seconds one LibreOffice run may take before it is stopped.
DEFAULT_TIMEOUT: Final = 120.0
#: The PDF/A parts LibreOffice writes (``SelectPdfVersion`` 1, 2, 3: PDF/A-1b, -2b, -3b).
PDFA_PARTS: Final = (1, 2, 3)


class PdfConversionError(DirectiveReportError):
    """LibreOffice is missing, failed, timed out, or did not write the PDF."""


def find_soffice() -> str:
    """The path of LibreOffice's ``soffice``, or :class:`PdfConversionError` saying how to get it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise PdfConversionError(
            "LibreOffice is not installed (no 'soffice' on PATH); install it, e.g. "
            "'apt-get install libreoffice-writer-nogui' / LibreOffice chưa được cài đặt "
            "(không tìm thấy 'soffice')"
        )
    return found


def _filter(pdfa: int | None) -> str:
    if pdfa is None:
        return "pdf:writer_pdf_Export"
    if pdfa not in PDFA_PARTS:
        raise PdfConversionError(f"PDF/A part must be one of {PDFA_PARTS}, got {pdfa!r}")
    options = {"SelectPdfVersion": {"type": "long", "value": str(pdfa)}}
    return "pdf:writer_pdf_Export:" + json.dumps(options, separators=(",", ":"))


def convert_to_pdf(
    documents: Sequence[Path],
    out_dir: Path,
    *,
    pdfa: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Path]:
    """Convert *documents* (DOCX or ODT files) to PDF files in *out_dir*, in one LibreOffice run.

    Returns the PDF paths in the order of *documents* (``name.docx`` → ``out_dir/name.pdf``, so
    two documents must not share a stem).  *pdfa* asks for PDF/A part 1, 2 or 3 (level b).  A run
    longer than *timeout* seconds is killed with every process it started.
    """
    stems = [path.stem for path in documents]
    if len(set(stems)) != len(stems):
        raise PdfConversionError("two documents share a file name; each gives out_dir/<name>.pdf")
    if not documents:
        return []
    soffice = find_soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="directive-report-pdf-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            _filter(pdfa),
            "--outdir",
            str(out_dir),
            *(str(path) for path in documents),
        ]
        _run(command, timeout)
    targets = [out_dir / f"{stem}.pdf" for stem in stems]
    missing = [
        str(path.name)
        for path, target in zip(documents, targets, strict=True)
        if not target.is_file()
    ]
    if missing:
        raise PdfConversionError(f"LibreOffice wrote no PDF for: {', '.join(missing)}")
    return targets


def _run(command: list[str], timeout: float) -> None:
    # A new session, so that a timeout kills LibreOffice's helper processes too.
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    ) as process:
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise PdfConversionError(
                f"LibreOffice took longer than {timeout:g} s and was stopped / "
                f"LibreOffice chạy quá {timeout:g} giây và đã bị dừng"
            ) from None
    if process.returncode != 0:
        last = output.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise PdfConversionError(f"LibreOffice failed (exit {process.returncode}): {last[0][:200]}")
