"""Exporter discovery: the built-in table, entry points, laziness and every error path.

The error paths use fake entry points (``Declaration`` objects handed to a ``Registry``); the
real installed metadata is checked against the built-in table and ``pyproject.toml``.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections.abc import Iterable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report import Report
from directive_report.errors import (
    DirectiveReportError,
    DuplicateExporterError,
    ExporterLoadError,
    ExporterNotFoundError,
    ExporterProtocolError,
    PluginAPIVersionError,
)
from directive_report.exporters import API_VERSION, ENTRY_POINT_GROUP, Exporter, ExportOptions
from directive_report.exporters._registry import (
    BUILTINS,
    DISTRIBUTION,
    Declaration,
    ExporterInfo,
    Registry,
)
from directive_report.exporters.markdown_export import MarkdownExporter

ROOT = Path(__file__).resolve().parents[1]


class PlainText:
    """A well-formed plug-in exporter."""

    name: ClassVar[str] = "plaintext"
    suffix: ClassVar[str] = ".txt"
    media_type: ClassVar[str] = "text/plain"
    api_version: ClassVar[int] = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        stream.write(report.summary.encode())


class Unannotated:
    """An exporter written the plainest way: no ClassVar, no base class."""

    name = "unannotated"
    suffix = ".u"
    media_type = "text/plain"
    api_version = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        stream.write(b"u")


class Configured:
    """An exporter whose attributes are set on the instance."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.suffix = ".c"
        self.media_type = "text/plain"
        self.api_version = API_VERSION

    def render(self, report: Report, stream: BinaryIO, options: ExportOptions) -> None:
        stream.write(self.name.encode())


def test_every_way_of_writing_an_exporter_fits() -> None:
    """Plain class attributes, ClassVar ones and instance attributes all satisfy the Protocol,
    for mypy (this module is type-checked) and at run time."""
    exporters: list[Exporter] = [Unannotated(), PlainText(), Configured("configured")]
    assert all(isinstance(exporter, Exporter) for exporter in exporters)
    reg = registry(
        plugin("unannotated", Unannotated), plugin("configured", Configured("configured"))
    )
    assert reg.get("unannotated").suffix == ".u"
    assert reg.get("configured").suffix == ".c"


def plugin(
    name: str,
    target: object = PlainText,
    *,
    distribution: str | None = "dr-plaintext",
    version: str | None = "1.0",
) -> Declaration:
    """A fake entry point whose load() returns *target* (or raises it, if it is an exception)."""

    def load() -> object:
        if isinstance(target, BaseException):
            raise target
        return target

    return Declaration(
        name=name,
        value=f"fake_{name}:Exporter",
        distribution=distribution,
        version=version,
        load=load,
    )


def registry(*declarations: Declaration) -> Registry:
    return Registry(declarations=lambda: declarations)


def exporter_class(**attributes: Any) -> type:
    """A PlainText variant with some attributes replaced (or removed when given as ``...``)."""
    namespace = {k: v for k, v in vars(PlainText).items() if not k.startswith("__")}
    namespace.update(attributes)
    return type("Variant", (), {k: v for k, v in namespace.items() if v is not ...})


def never_scan() -> Iterable[Declaration]:
    raise AssertionError("the registry scanned the installed distributions")


class TestBuiltins:
    def test_builtin_is_found_without_scanning(self) -> None:
        """A built-in name never reads the entry points (the pygments fast path)."""
        found = Registry(declarations=never_scan).get("markdown")
        assert isinstance(found, MarkdownExporter)

    def test_builtin_suffix_is_found_without_scanning(self) -> None:
        """Neither does a built-in suffix, in any case."""
        assert isinstance(Registry(declarations=never_scan).for_suffix(".MD"), MarkdownExporter)

    def test_builtins_work_without_metadata(self) -> None:
        """With no entry points at all (no metadata installed) the built-ins are listed."""
        names = [info.name for info in registry().available()]
        assert names == sorted(BUILTINS)
        assert all(
            info.builtin and info.distribution == DISTRIBUTION for info in registry().available()
        )

    def test_own_entry_points_are_the_builtins(self) -> None:
        """directive-report's own entry points are not listed twice; their version is shown."""
        own = plugin("markdown", MarkdownExporter, distribution="directive_report", version="9.9")
        (info,) = [i for i in registry(own).available() if i.name == "markdown"]
        assert info == ExporterInfo(
            name="markdown",
            value=BUILTINS["markdown"].value,
            distribution=DISTRIBUTION,
            version="9.9",
            builtin=True,
            suffix=".md",
        )

    def test_loaded_once(self) -> None:
        """A loaded exporter is cached."""
        reg = Registry(declarations=never_scan)
        assert reg.get("markdown") is reg.get("markdown")


class TestPyprojectAgrees:
    """Adding a built-in is one line in BUILTINS and one in pyproject.toml; these catch drift."""

    def test_pyproject_declares_exactly_the_builtins(self) -> None:
        """The entry points of pyproject.toml are the built-in table."""
        project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        declared = project["entry-points"][ENTRY_POINT_GROUP]
        assert declared == {name: b.value for name, b in BUILTINS.items()}, (
            "pyproject.toml [project.entry-points.'directive_report.exporters'] and "
            "directive_report.exporters._registry.BUILTINS must list the same exporters"
        )

    def test_installed_metadata_declares_the_builtins(self) -> None:
        """The installed distribution's metadata agrees too (reinstall after editing pyproject)."""
        own = {
            ep.name: ep.value
            for ep in entry_points(group=ENTRY_POINT_GROUP)
            if ep.dist is not None and ep.dist.name.replace("_", "-").lower() == DISTRIBUTION
        }
        assert own == {name: b.value for name, b in BUILTINS.items()}

    @pytest.mark.parametrize("name", sorted(BUILTINS))
    def test_builtin_table_matches_the_class(self, name: str) -> None:
        """Each built-in loads, passes the checks, and writes the suffix the table says."""
        exporter = Registry(declarations=never_scan).get(name)
        assert (exporter.name, exporter.suffix) == (name, BUILTINS[name].suffix)


class TestPlugins:
    def test_found_by_name_and_instantiated(self) -> None:
        """A class is instantiated with no arguments."""
        assert isinstance(registry(plugin("plaintext")).get("plaintext"), PlainText)

    def test_instance_is_used_as_is(self) -> None:
        """An instance is used as it is."""
        instance = PlainText()
        assert registry(plugin("plaintext", instance)).get("plaintext") is instance

    def test_listing_imports_nothing(self) -> None:
        """available() never calls load()."""
        broken = plugin("broken", ImportError("must not be imported"))
        infos = registry(broken, plugin("plaintext")).available()
        assert [(i.name, i.builtin, i.suffix) for i in infos] == [
            *((name, True, BUILTINS[name].suffix) for name in sorted(BUILTINS)),
            ("broken", False, None),
            ("plaintext", False, None),
        ]
        assert infos[-1].origin == "dr-plaintext 1.0"

    def test_scanned_once_until_refresh(self) -> None:
        """Discovery is cached; refresh() scans again and forgets loaded exporters."""
        calls = []

        def declarations() -> tuple[Declaration, ...]:
            calls.append(1)
            return (plugin("plaintext"),)

        reg = Registry(declarations=declarations)
        first = reg.get("plaintext")
        reg.available()
        reg.get("plaintext")
        assert len(calls) == 1
        reg.refresh()
        assert reg.get("plaintext") is not first
        assert len(calls) == 2

    def test_suffix_of_a_plugin(self) -> None:
        """A suffix no built-in writes is looked up among the plug-ins, in any case."""
        assert isinstance(registry(plugin("plaintext")).for_suffix(".TXT"), PlainText)


class TestErrors:
    def test_unknown_name_suggests(self) -> None:
        """An unknown name lists what there is and suggests the close ones."""
        with pytest.raises(ExporterNotFoundError) as raised:
            registry(plugin("plaintext")).get("plaintxt")
        error = raised.value
        assert error.suggestions == ("plaintext",)
        assert set(error.available) == {*BUILTINS, "plaintext"}
        assert "unknown format 'plaintxt'; did you mean 'plaintext'?" in str(error)
        assert isinstance(error, DirectiveReportError)
        assert isinstance(error, LookupError)

    def test_unknown_name_without_suggestion(self) -> None:
        """Nothing close: no did-you-mean."""
        with pytest.raises(ExporterNotFoundError) as raised:
            registry().get("zzz")
        assert raised.value.suggestions == ()
        assert "did you mean" not in str(raised.value)

    def test_import_failure_names_plugin_and_distribution(self) -> None:
        """A plug-in that fails to import: its name, distribution and the cause."""
        cause = ModuleNotFoundError("No module named 'fake_broken'")
        reg = registry(plugin("broken", cause, distribution="dr-broken", version="0.3"))
        with pytest.raises(ExporterLoadError) as raised:
            reg.get("broken")
        error = raised.value
        assert (error.name, error.distribution, error.value) == (
            "broken",
            "dr-broken 0.3",
            "fake_broken:Exporter",
        )
        assert error.__cause__ is cause
        assert str(error) == (
            "exporter 'broken' (distribution dr-broken 0.3) failed to load from "
            "'fake_broken:Exporter': ModuleNotFoundError: No module named 'fake_broken'"
        )

    def test_other_formats_keep_working(self) -> None:
        """One broken plug-in does not stop the others, by name or by suffix."""
        reg = registry(plugin("broken", ImportError("boom")), plugin("plaintext"))
        with pytest.raises(ExporterLoadError):
            reg.get("broken")
        assert isinstance(reg.get("plaintext"), PlainText)
        assert isinstance(reg.for_suffix(".txt"), PlainText)
        assert isinstance(reg.get("markdown"), MarkdownExporter)

    def test_failing_constructor_is_a_load_error(self) -> None:
        """A class whose constructor raises cannot be loaded."""

        class Needy(PlainText):
            def __init__(self, config: str) -> None:
                self.config = config

        with pytest.raises(ExporterLoadError, match="TypeError"):
            registry(plugin("plaintext", Needy)).get("plaintext")

    @pytest.mark.parametrize(
        ("attributes", "problem"),
        [
            ({"media_type": ...}, "missing attribute 'media_type'"),
            ({"suffix": ...}, "missing attribute 'suffix'"),
            ({"render": ...}, "missing method render(report, stream, options)"),
            ({"render": "not callable"}, "missing method render(report, stream, options)"),
            ({"name": "other"}, "its name is 'other' but its entry point is named 'plaintext'"),
            (
                {"suffix": "txt"},
                "suffix must be a dot and letters or digits such as '.md', got 'txt'",
            ),
            ({"suffix": ". txt"}, "suffix must be a dot and letters or digits"),
            ({"suffix": 3}, "suffix must be str, got 3"),
            ({"api_version": "1"}, "api_version must be int, got '1'"),
            ({"api_version": True}, "api_version must be int, got True"),
        ],
    )
    def test_protocol_problems(self, attributes: dict[str, Any], problem: str) -> None:
        """Each way of missing the contract is named in the message."""
        reg = registry(
            plugin("plaintext", exporter_class(**attributes), distribution="dr-x", version="2")
        )
        with pytest.raises(ExporterProtocolError) as raised:
            reg.get("plaintext")
        assert any(p.startswith(problem) for p in raised.value.problems), raised.value.problems
        assert str(raised.value).startswith(
            "exporter 'plaintext' (distribution dr-x 2) is not a valid directive_report exporter: "
        )

    def test_any_object_is_checked(self) -> None:
        """A function or module-level value is not an exporter."""
        with pytest.raises(ExporterProtocolError, match="missing attribute 'name'"):
            registry(plugin("plaintext", 42)).get("plaintext")

    def test_wrong_api_version(self) -> None:
        """An exporter written for another contract version is refused with both versions."""
        reg = registry(plugin("plaintext", exporter_class(api_version=API_VERSION + 1)))
        with pytest.raises(PluginAPIVersionError) as raised:
            reg.get("plaintext")
        error = raised.value
        assert (error.got, error.expected, error.distribution) == (
            API_VERSION + 1,
            API_VERSION,
            "dr-plaintext 1.0",
        )
        assert f"written for exporter API version {API_VERSION + 1}" in str(error)

    def test_two_plugins_one_name(self) -> None:
        """Two distributions claiming one name: both are named, neither is loaded."""
        reg = registry(
            plugin("plaintext", ImportError("not loaded"), distribution="dr-a"),
            plugin("plaintext", ImportError("not loaded"), distribution="dr-b"),
        )
        with pytest.raises(DuplicateExporterError) as raised:
            reg.get("plaintext")
        assert raised.value.distributions == ("dr-a 1.0", "dr-b 1.0")
        assert "'plaintext' is claimed by several distributions: dr-a 1.0, dr-b 1.0" in str(
            raised.value
        )
        assert [i.name for i in reg.available()].count("plaintext") == 2

    def test_plugin_cannot_take_a_builtin_name(self) -> None:
        """'markdown' stays the built-in; the plug-in's own row is refused, naming both."""
        reg = registry(plugin("markdown", PlainText, distribution="dr-evil"))
        assert isinstance(reg.get("markdown"), MarkdownExporter)
        (row,) = [i for i in reg.available() if i.name == "markdown" and not i.builtin]
        with pytest.raises(DuplicateExporterError) as raised:
            reg.load(row)
        assert raised.value.distributions[0].startswith(DISTRIBUTION)
        assert raised.value.distributions[1] == "dr-evil 1.0"

    def test_two_plugins_one_suffix(self) -> None:
        """A suffix written by two plug-ins is ambiguous: choose by name."""
        other = exporter_class(name="other-text")
        reg = registry(plugin("plaintext"), plugin("other-text", other, distribution="dr-other"))
        with pytest.raises(DuplicateExporterError, match=r"file suffix '\.txt' is claimed"):
            reg.for_suffix(".txt")
        assert isinstance(reg.get("plaintext"), PlainText)

    def test_unknown_suffix_lists_suffixes_and_broken_plugins(self) -> None:
        """An unknown suffix names the suffixes there are and the plug-ins that failed."""
        reg = registry(plugin("plaintext"), plugin("broken", ImportError("boom")))
        with pytest.raises(ExporterNotFoundError) as raised:
            reg.for_suffix(".pdf")
        assert set(raised.value.available) == {b.suffix for b in BUILTINS.values()} | {".txt"}
        assert "plug-ins that failed to load: broken (ExporterLoadError)" in str(raised.value)

    def test_unnamed_distribution(self) -> None:
        """An entry point without distribution metadata is still described."""
        with pytest.raises(ExporterLoadError) as raised:
            registry(plugin("x", ImportError("boom"), distribution=None)).get("x")
        assert raised.value.distribution is None
        assert str(raised.value).startswith("exporter 'x' failed to load")


names = st.text(alphabet="abcdefgh-", min_size=1, max_size=6).filter(lambda n: n not in BUILTINS)


@given(
    st.lists(st.tuples(names, st.sampled_from(["dr-a", "dr-b", "dr-c"])), max_size=8, unique=True)
)
def test_every_name_resolves_or_is_refused(claims: list[tuple[str, str]]) -> None:
    """For any set of plug-in declarations: a name claimed once loads, a name claimed by
    several distributions is refused, any other name is unknown."""
    reg = registry(
        *(plugin(name, exporter_class(name=name), distribution=dist) for name, dist in claims)
    )
    for name in {name for name, _ in claims}:
        owners = [dist for other, dist in claims if other == name]
        if len(owners) == 1:
            assert reg.get(name).name == name
        else:
            with pytest.raises(DuplicateExporterError):
                reg.get(name)
    with pytest.raises(ExporterNotFoundError):
        reg.get("not-declared-0")


class TestLaziness:
    def test_import_scans_nothing(self) -> None:
        """Importing the package reads no entry points and loads no exporter; looking up a
        built-in by name or suffix still scans nothing."""
        code = (
            "import sys, directive_report as dr\n"
            "def loaded(): return sorted(m for m in ('importlib.metadata', 'directive_report.exporters',"
            " 'directive_report.exporters.markdown_export', 'docx', 'odf', 'lxml') if m in sys.modules)\n"
            "print(loaded())\n"
            "from directive_report.exporters import get_exporter, exporter_for_suffix\n"
            "get_exporter('markdown'); exporter_for_suffix('.md')\n"
            "print(loaded())\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        before, after = result.stdout.splitlines()
        assert before == "[]"
        assert (
            after == "['directive_report.exporters', 'directive_report.exporters.markdown_export']"
        )

    def test_module_functions_use_the_installed_distributions(self) -> None:
        """The public functions list the installed built-ins."""
        from directive_report import exporters

        exporters.refresh()
        assert {i.name for i in exporters.available() if i.builtin} == set(BUILTINS)
        assert isinstance(exporters.get_exporter("markdown"), Exporter)
        info = next(i for i in exporters.available() if i.name == "markdown")
        assert exporters.load_exporter(info) is exporters.get_exporter("markdown")
