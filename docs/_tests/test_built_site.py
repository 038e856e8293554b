"""The built docs site, opened in a real browser (Debian's headless Chromium).

Run by ``nox -s docs`` after the HTML build, with ``DOCS_HTML`` naming the built site: the site is
served on 127.0.0.1 (as a web server would; ``file://`` forbids the fetches of Sphinx's search)
and each page is loaded with a fresh profile and no network beyond that server.  A page passes
when its DOM is there and the browser logged no console message at all (a script error, a
missing resource, a blocked fetch all show up as console messages).
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = "/usr/bin/chromium"
SITE = Path(os.environ.get("DOCS_HTML", "docs/_build/html"))
CONSOLE = re.compile(r":CONSOLE[:(]\d*\)?\]\s*(.*)")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No access log on the test's output."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The base URL of the built site served on a free local port."""
    assert (SITE / "index.html").is_file(), f"build the docs first: {SITE}/index.html is missing"
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def open_page(url: str) -> tuple[str, list[str]]:
    """The page's DOM after its scripts ran, and the console messages the browser logged."""
    with tempfile.TemporaryDirectory(prefix="docs-chromium-") as profile:
        done = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=5000",
                "--dump-dom",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return done.stdout, [m[1] for line in done.stderr.splitlines() if (m := CONSOLE.search(line))]


def test_a_console_error_is_seen(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><p>x</p><script>console.error('hỏng')</script>")
    _, console = open_page(page.as_uri())
    assert any("hỏng" in message for message in console)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("index.html", "Quick start"),
        ("api/model.html", "directive_report.model.report.Report"),
        ("vi/bat-dau-nhanh.html", "Bắt đầu nhanh"),
    ],
)
def test_page_loads_without_console_messages(site: str, path: str, expected: str) -> None:
    dom, console = open_page(site + path)
    assert expected in dom
    assert console == []


def test_search_finds_chi_thi(site: str) -> None:
    dom, console = open_page(site + "search.html?q=" + quote("Chỉ thị"))
    results = re.search(r'<ul[^>]*class="search"[^>]*>(.*?)</ul>', dom, re.S)
    assert results is not None, "no search results list"
    titles = re.findall(r"<li[^>]*><a[^>]*>([^<]+)</a>", results[1])
    assert "Bắt đầu nhanh" in titles
    assert len(titles) >= 5
    assert console == []
