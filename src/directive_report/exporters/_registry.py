"""Finding exporters: built-ins from a static table, plug-ins through entry points.

Built-in exporters are declared twice, on purpose: in :data:`BUILTINS` below and, exactly like a
third-party plug-in, under ``[project.entry-points."directive_report.exporters"]`` in the project's
``pyproject.toml`` (a test keeps the two equal).  The table lets a built-in format be found without
scanning the installed distributions (importing :mod:`importlib.metadata` alone costs some 25 ms)
and keeps the built-ins working where no package metadata is installed; the entry points make the
built-ins visible to tools that list a group's entry points.

Discovery is lazy and cached: nothing is scanned until a plug-in is needed (an unknown name, a
suffix no built-in writes, a listing), and then once per :class:`Registry` until :meth:`refresh`.
Loading one plug-in never imports another, and a plug-in that fails to import leaves the other
formats working.

Built-in names are reserved: ``markdown`` always means the built-in exporter, and a plug-in that
declares a built-in name, or two plug-ins declaring one name, are refused with
:class:`~directive_report.errors.DuplicateExporterError`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final

import attrs

from directive_report.errors import (
    DuplicateExporterError,
    ExporterLoadError,
    ExporterNotFoundError,
    ExporterProtocolError,
    PluginAPIVersionError,
)
from directive_report.exporters._contract import API_VERSION, ENTRY_POINT_GROUP, Exporter

__all__ = [
    "BUILTINS",
    "DISTRIBUTION",
    "Builtin",
    "Declaration",
    "ExporterInfo",
    "Registry",
    "available",
    "check_contract",
    "exporter_for_suffix",
    "get_exporter",
    "installed_declarations",
    "load_exporter",
    "refresh",
]

#: The distribution that ships the built-in exporters.
DISTRIBUTION: Final = "directive-report"


@attrs.frozen
class Builtin:
    """A built-in exporter: its entry-point value (``module:Class``) and the suffix it writes."""

    value: str
    suffix: str


#: The built-in exporters by format name.  Adding one is one line here and the same line,
#: ``name = "module:Class"``, under the entry points of ``pyproject.toml``.
BUILTINS: Final[Mapping[str, Builtin]] = {
    "docx": Builtin("directive_report.exporters.docx_export:DocxExporter", ".docx"),
    "markdown": Builtin("directive_report.exporters.markdown_export:MarkdownExporter", ".md"),
    "odt": Builtin("directive_report.exporters.odt_export:OdtExporter", ".odt"),
}


@attrs.frozen(kw_only=True)
class Declaration:
    """One entry point of the ``directive_report.exporters`` group, as a registry sees it.

    ``load`` imports and returns the object the entry point names.  :func:`installed_declarations`
    makes these from the installed distributions; tests make their own.
    """

    name: str
    value: str
    distribution: str | None
    version: str | None
    load: Callable[[], object] = attrs.field(eq=False, repr=False)


@attrs.frozen(kw_only=True)
class ExporterInfo:
    """What :func:`available` tells about one exporter, without importing it.

    ``name`` is the format name, ``value`` the ``module:Class`` the entry point names,
    ``distribution`` and ``version`` the installed distribution declaring it, ``builtin`` whether
    it ships with directive-report.  ``suffix`` is known without importing for built-ins only;
    a plug-in's suffix is ``None`` here and ``load_exporter(info).suffix`` once loaded.
    """

    name: str
    value: str
    distribution: str | None
    version: str | None
    builtin: bool
    suffix: str | None = None

    @property
    def origin(self) -> str | None:
        """``"distribution version"`` as error messages print it."""
        if self.distribution is None:
            return None
        return f"{self.distribution} {self.version}" if self.version else self.distribution


def installed_declarations() -> tuple[Declaration, ...]:
    """The entry points of the ``directive_report.exporters`` group in the installed distributions."""
    from importlib.metadata import entry_points

    declarations = []
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        dist = entry_point.dist
        declarations.append(
            Declaration(
                name=entry_point.name,
                value=entry_point.value,
                distribution=dist.name if dist is not None else None,
                version=dist.version if dist is not None else None,
                load=entry_point.load,
            )
        )
    return tuple(declarations)


def _canonical(distribution: str | None) -> str | None:
    """A distribution name normalised as packaging does (``Directive_Report`` -> ``directive-report``)."""
    return None if distribution is None else re.sub(r"[-_.]+", "-", distribution).lower()


def _resolve(value: str) -> object:
    """Import the object an entry-point value (``package.module:Class.attr``) names."""
    module_name, _, attribute = value.partition(":")
    found: object = importlib.import_module(module_name.strip())
    for part in filter(None, attribute.strip().split(".")):
        found = getattr(found, part)
    return found


_SUFFIX_RE = re.compile(r"\.[A-Za-z0-9][A-Za-z0-9_.-]*")
_MISSING = object()


def check_contract(candidate: object, name: str, origin: str | None = None) -> Exporter:
    """Return *candidate* if it satisfies the :class:`Exporter` contract as format *name*.

    Raises :class:`~directive_report.errors.PluginAPIVersionError` for another contract version
    and :class:`~directive_report.errors.ExporterProtocolError` listing every other problem;
    *origin* (``"distribution version"``) is named in the messages.
    """
    version = getattr(candidate, "api_version", _MISSING)
    if isinstance(version, int) and not isinstance(version, bool) and version != API_VERSION:
        raise PluginAPIVersionError(name, origin, version, API_VERSION)
    problems = []
    for attribute, kind in (
        ("name", str),
        ("suffix", str),
        ("media_type", str),
        ("api_version", int),
    ):
        value = getattr(candidate, attribute, _MISSING)
        if value is _MISSING:
            problems.append(f"missing attribute {attribute!r}")
        elif not isinstance(value, kind) or isinstance(value, bool):
            problems.append(f"{attribute} must be {kind.__name__}, got {value!r}")
    suffix = getattr(candidate, "suffix", None)
    declared = getattr(candidate, "name", None)
    if isinstance(declared, str) and declared != name:
        problems.append(f"its name is {declared!r} but its entry point is named {name!r}")
    if isinstance(suffix, str) and not _SUFFIX_RE.fullmatch(suffix):
        problems.append(f"suffix must be a dot and letters or digits such as '.md', got {suffix!r}")
    render = getattr(candidate, "render", None)
    if not callable(render):
        problems.append("missing method render(report, stream, options)")
    if problems or not isinstance(candidate, Exporter):
        raise ExporterProtocolError(name, origin, tuple(problems) or ("not an Exporter",))
    return candidate


@attrs.define
class Registry:
    """The exporters one program can use: the built-ins and the declared plug-ins.

    ``declarations`` is called (once, on first need) to list the plug-ins' entry points; the
    default reads the installed distributions.  Loaded exporters are cached.
    """

    declarations: Callable[[], Iterable[Declaration]] = installed_declarations
    builtins: Mapping[str, Builtin] = BUILTINS
    _scanned: tuple[tuple[ExporterInfo, Declaration | None], ...] | None = attrs.field(
        default=None, init=False
    )
    _loaded: dict[tuple[str, str | None, str], Exporter] = attrs.field(factory=dict, init=False)

    # -- discovery -----------------------------------------------------------------------------

    def _scan(self) -> tuple[tuple[ExporterInfo, Declaration | None], ...]:
        if self._scanned is None:
            own_version = None
            plugins = []
            for declaration in self.declarations():
                own = _canonical(declaration.distribution) == DISTRIBUTION
                if own and declaration.name in self.builtins:
                    own_version = declaration.version
                    continue
                info = ExporterInfo(
                    name=declaration.name,
                    value=declaration.value,
                    distribution=declaration.distribution,
                    version=declaration.version,
                    builtin=False,
                )
                plugins.append((info, declaration))
            plugins.sort(key=lambda pair: (pair[0].name, pair[0].distribution or ""))
            builtins = [
                (self._builtin_info(name, own_version), None) for name in sorted(self.builtins)
            ]
            self._scanned = (*builtins, *plugins)
        return self._scanned

    def _builtin_info(self, name: str, version: str | None = None) -> ExporterInfo:
        builtin = self.builtins[name]
        return ExporterInfo(
            name=name,
            value=builtin.value,
            distribution=DISTRIBUTION,
            version=version,
            builtin=True,
            suffix=builtin.suffix,
        )

    def refresh(self) -> None:
        """Forget what was found and loaded: the next lookup scans the installed distributions
        again (after installing or removing a plug-in in a running program)."""
        importlib.invalidate_caches()
        self._scanned = None
        self._loaded.clear()

    def available(self) -> tuple[ExporterInfo, ...]:
        """Every exporter declared, built-ins first, then plug-ins by name; imports none of them.

        A name claimed twice appears twice, once per distribution (loading it is refused).
        """
        return tuple(info for info, _ in self._scan())

    # -- lookup --------------------------------------------------------------------------------

    def get(self, name: str) -> Exporter:
        """The exporter of format *name*; built-in names are found without scanning.

        Raises :class:`~directive_report.errors.ExporterNotFoundError` (with did-you-mean) for an
        unknown name, and the errors of :meth:`load` for one that cannot be used.
        """
        if name in self.builtins:
            return self.load(self._builtin_info(name))
        claims = [info for info in self.available() if info.name == name]
        if not claims:
            names = tuple(dict.fromkeys(info.name for info in self.available()))
            raise ExporterNotFoundError(name, names)
        return self.load(claims[0])

    def for_suffix(self, suffix: str) -> Exporter:
        """The exporter that writes files ending in *suffix* (``".md"``, any case).

        A built-in suffix is found without scanning; otherwise every plug-in is loaded to ask for
        its suffix.  Two plug-ins writing the same suffix raise
        :class:`~directive_report.errors.DuplicateExporterError`: choose one by name.
        """
        wanted = suffix.lower()
        for name, builtin in sorted(self.builtins.items()):
            if builtin.suffix.lower() == wanted:
                return self.get(name)
        matches: list[tuple[ExporterInfo, Exporter]] = []
        known: dict[str, None] = {builtin.suffix: None for builtin in self.builtins.values()}
        broken = []
        for info in self.available():
            if info.builtin:
                continue
            try:
                exporter = self.load(info)
            except (ExporterLoadError, ExporterProtocolError, PluginAPIVersionError) as error:
                broken.append(f"{info.name} ({error.__class__.__name__})")
                continue
            except DuplicateExporterError:
                continue
            known[exporter.suffix] = None
            if exporter.suffix.lower() == wanted:
                matches.append((info, exporter))
        if len(matches) > 1:
            claimants = tuple(f"{info.name} from {info.origin}" for info, _ in matches)
            raise DuplicateExporterError(suffix, claimants, what="file suffix")
        if not matches:
            hint = "; choose a format by name"
            if broken:
                hint += f" (plug-ins that failed to load: {', '.join(broken)})"
            raise ExporterNotFoundError(suffix, tuple(known), what="file suffix", hint=hint)
        return matches[0][1]

    def load(self, info: ExporterInfo) -> Exporter:
        """Import, create and check the exporter *info* describes (cached).

        Raises :class:`~directive_report.errors.ExporterLoadError` when it cannot be imported or
        created, :class:`~directive_report.errors.PluginAPIVersionError` for another contract
        version, :class:`~directive_report.errors.ExporterProtocolError` when it is not an
        :class:`Exporter`, :class:`~directive_report.errors.DuplicateExporterError` when its name
        is built in or claimed by another plug-in too.
        """
        key = (info.name, info.distribution, info.value)
        cached = self._loaded.get(key)
        if cached is not None:
            return cached
        declaration = None
        if not info.builtin:
            self._refuse_duplicates(info)
            declaration = dict(self._scan()).get(info)
            if declaration is None:
                raise ExporterNotFoundError(info.name, tuple(i.name for i in self.available()))
        try:
            found = _resolve(info.value) if declaration is None else declaration.load()
            candidate = found() if isinstance(found, type) else found
        except Exception as error:
            raise ExporterLoadError(info.name, info.origin, info.value, error) from error
        exporter = check_contract(candidate, info.name, info.origin)
        self._loaded[key] = exporter
        return exporter

    def _refuse_duplicates(self, info: ExporterInfo) -> None:
        claims = [other for other in self.available() if other.name == info.name]
        if len(claims) > 1:  # built-in rows are always listed, so a built-in name counts too
            origins = tuple(other.origin or "an unknown distribution" for other in claims)
            raise DuplicateExporterError(info.name, origins)


_default = Registry()


def available() -> tuple[ExporterInfo, ...]:
    """Every exporter declared, built-ins first, without importing any (see :class:`ExporterInfo`)."""
    return _default.available()


def get_exporter(name: str) -> Exporter:
    """The exporter of format *name* (``"markdown"``, ``"docx"``, ``"quang-ninh-docx"``)."""
    return _default.get(name)


def exporter_for_suffix(suffix: str) -> Exporter:
    """The exporter that writes files ending in *suffix* (``".md"``)."""
    return _default.for_suffix(suffix)


def load_exporter(info: ExporterInfo) -> Exporter:
    """Load the exporter one row of :func:`available` describes, raising its problem if any."""
    return _default.load(info)


def refresh() -> None:
    """Scan the installed distributions again on the next lookup."""
    _default.refresh()
