"""The message catalogs (Babel) and the language of the command line."""

from __future__ import annotations

import os
import string
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from directive_report import i18n
from directive_report.cli import main
from directive_report.i18n._catalog import EXTRA_KEYWORDS, catalog_path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "src" / "directive_report"
LOCALE = PACKAGE / "i18n"
TEMPLATE = LOCALE / "locale" / "directive_report.pot"


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=locale)


MessageId = str | tuple[str, ...]


def ids(catalog: Catalog) -> set[MessageId]:
    return {_key(message.id) for message in catalog if message.id}


def _key(message_id: object) -> MessageId:
    """A message id as a set member: a counted message's (singular, plural) is a tuple."""
    return tuple(message_id) if isinstance(message_id, list | tuple) else str(message_id)


def texts(value: object) -> list[str]:
    """The strings of a message id or translation, one or several (plural forms)."""
    return [str(text) for text in value] if isinstance(value, list | tuple) else [str(value)]


@pytest.fixture(scope="module")
def vietnamese() -> Catalog:
    return read(LOCALE / catalog_path("vi"), locale="vi")


@pytest.fixture(scope="module")
def extracted() -> set[MessageId]:
    """The messages of the code now, extracted as ``pybabel extract -F babel.cfg`` does."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as stream:
        method_map, options_map = parse_mapping_cfg(stream)  # type: ignore[no-untyped-call]
    keywords = {**DEFAULT_KEYWORDS, **EXTRA_KEYWORDS}
    found = extract_from_dir(str(PACKAGE), method_map, options_map, keywords=keywords)
    return {_key(message) for _filename, _line, message, _comments, _context in found}


class TestCatalogs:
    def test_template_is_up_to_date(self, extracted: set[MessageId]) -> None:
        """The .pot holds exactly the messages the code marks (run the nox session 'catalogs')."""
        template = ids(read(TEMPLATE))
        assert sorted(map(str, extracted - template)) == [], "messages missing from the template"
        assert sorted(map(str, template - extracted)) == [], "messages no longer in the code"

    def test_vietnamese_is_up_to_date(self, vietnamese: Catalog, extracted: set[MessageId]) -> None:
        """The Vietnamese catalog has every message of the code and no other."""
        assert sorted(map(str, extracted - ids(vietnamese))) == []
        assert sorted(map(str, ids(vietnamese) - extracted)) == []

    def test_every_message_is_translated(self, vietnamese: Catalog) -> None:
        """No empty or fuzzy translation; plural forms as Vietnamese has them (one)."""
        assert vietnamese.plural_forms == "nplurals=1; plural=0;"
        for message in vietnamese:
            if not message.id:
                continue
            assert all(texts(message.string)), message.id
            assert not message.fuzzy, message.id

    def test_translations_are_nfc_and_keep_the_fields(self, vietnamese: Catalog) -> None:
        """Translations are NFC; they use only the message's fields (or its ``_vi`` variants),
        and %-style messages keep their placeholders (Babel's own checkers)."""
        formatter = string.Formatter()
        for message in vietnamese:
            if not message.id:
                continue
            source, strings = texts(message.id), texts(message.string)
            for text in strings:
                assert unicodedata.is_normalized("NFC", text), message.id
            if "python-brace-format" in message.flags:
                fields = {f for s in source for _, f, _, _ in formatter.parse(s) if f}
                allowed = fields | {f"{field}_vi" for field in fields}
                for text in strings:
                    used = {f for _, f, _, _ in formatter.parse(text) if f}
                    assert used <= allowed, (message.id, used - allowed)
        assert [error for _, errors in vietnamese.check() for error in errors] == []


class TestLanguage:
    @pytest.mark.parametrize(
        ("environ", "language"),
        [
            ({}, "en"),
            ({"LANG": "vi_VN.UTF-8"}, "vi"),
            ({"LANG": "vi_VN"}, "vi"),
            ({"LANG": "vi"}, "vi"),
            ({"LANG": "en_US.UTF-8"}, "en"),
            ({"LANG": "C.UTF-8"}, "en"),
            ({"LANG": "fr_FR.UTF-8"}, "en"),
            ({"LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
            ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "vi_VN.UTF-8"}, "en"),
            ({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_GB.UTF-8"}, "vi"),
            ({"LANGUAGE": "vi", "LANG": "en_US.UTF-8"}, "vi"),
            ({"LANGUAGE": "fr:vi:en", "LANG": "en_US.UTF-8"}, "vi"),
            ({"LANGUAGE": "en:vi", "LANG": "vi_VN.UTF-8"}, "en"),
            ({"LANGUAGE": "fr", "LANG": "vi_VN.UTF-8"}, "vi"),
            ({"LANG": "vi_VN.UTF-8@euro"}, "vi"),
            ({"LANG": "not a locale"}, "en"),
        ],
    )
    def test_from_environment(self, environ: dict[str, str], language: str) -> None:
        """The first locale variable set decides; LANGUAGE's first known language wins."""
        assert i18n.language_from_environment(environ) == language

    def test_library_speaks_english_until_asked(self) -> None:
        """``_`` is the identity in English; ``using`` changes the language and puts it back."""
        assert i18n.active_language() == "en"
        assert i18n._("{path}: no such file") == "{path}: no such file"
        with i18n.using("vi") as translate:
            assert translate.language == "vi"
            assert i18n._("{path}: no such file") == "{path}: không có tệp này"
        assert i18n.active_language() == "en"

    def test_unknown_language(self) -> None:
        with pytest.raises(ValueError, match="unknown language 'fr'"):
            i18n.translator("fr")  # type: ignore[arg-type]

    def test_both(self) -> None:
        assert i18n.both("{path}: no such file", path="a.toml") == (
            "a.toml: no such file",
            "a.toml: không có tệp này",
        )

    def test_language_names_from_babel(self) -> None:
        assert i18n.language_name("vi") == "Tiếng Việt"
        assert i18n.language_name("en", in_language="vi") == "Tiếng Anh"


def cli(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    """The command in a subprocess with only the locale variables given."""
    env = {k: v for k, v in os.environ.items() if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}}
    env.pop("LANG", None)
    env.update(environ)
    return subprocess.run(
        [sys.executable, "-m", "directive_report", *args],
        capture_output=True,
        text=True,
        env=env,
    )


class TestCommandLine:
    def test_error_in_vietnamese(self, tmp_path: Path) -> None:
        """LANG=vi_VN.UTF-8: the error line is Vietnamese, one line, status 1."""
        result = cli("render", "-f", "docx", str(tmp_path / "missing.toml"), LANG="vi_VN.UTF-8")
        assert result.returncode == 1
        assert result.stderr == (
            f"directive-report: lỗi: {tmp_path / 'missing.toml'}: không có tệp này\n"
        )

    def test_lang_option_wins(self, tmp_path: Path) -> None:
        """--lang en in a Vietnamese locale: English."""
        result = cli(
            "--lang", "en", "render", "-f", "docx", str(tmp_path / "missing.toml"),
            LANG="vi_VN.UTF-8",
        )  # fmt: skip
        assert (
            result.stderr == f"directive-report: error: {tmp_path / 'missing.toml'}: no such file\n"
        )

    def test_usage_errors_and_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """argparse's own words are translated too, and the language does not leak out."""
        with pytest.raises(SystemExit):
            main(["--lang=vi", "render"])
        err = capsys.readouterr().err
        assert err.startswith("cách dùng: directive-report render")
        assert "lỗi: thiếu các tham số bắt buộc: INPUT" in err
        assert i18n.active_language() == "en"
        with pytest.raises(SystemExit):
            main(["--lang", "vi", "check", "--help"])
        out = capsys.readouterr().out
        assert "tùy chọn:" in out
        assert "coi cả cảnh báo là không đạt" in out

    def test_findings_in_the_active_language(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """check prints a finding in one language; its JSON keeps both."""
        import attrs

        import directive_report as dr

        path = tmp_path / "r.toml"
        report = dr.examples.load("bac-giang-ct21-2024")
        dr.dump(
            attrs.evolve(report, summary="Sơ kết năm thứ 3 thực hiện Chỉ thị số 21/CT-TTg"), path
        )
        assert main(["--lang", "vi", "check", str(path)]) == 1
        out = capsys.readouterr().out
        assert out.startswith(
            f"{path}: summary: lỗi [implementation-year] trích yếu ghi năm thứ ba"
        )
        assert "the summary" not in out
