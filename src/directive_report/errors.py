"""The exceptions directive-report raises.

Every error the library raises for a caller's mistake derives from :class:`DirectiveReportError`,
so an application can catch one type.  Each carries its facts as attributes, not only as text.
"""

from __future__ import annotations

from collections.abc import Sequence

from directive_report.i18n import N_, _, ngettext

__all__ = [
    "CycleError",
    "DirectiveReportError",
    "DuplicateExporterError",
    "EmbeddedReportError",
    "ExportFailedError",
    "ExporterError",
    "ExporterLoadError",
    "ExporterNotFoundError",
    "ExporterProtocolError",
    "LoadProblem",
    "OutputError",
    "PluginAPIVersionError",
    "ReportDumpError",
    "ReportLoadError",
    "ReportValidationError",
    "UnprintableTextError",
]


class DirectiveReportError(Exception):
    """Base class of every error directive-report raises for bad input."""


class ReportValidationError(DirectiveReportError, ValueError):
    """A model object was built with a value that breaks one of its invariants.

    ``field`` names the offending field (``"number"``), ``value`` is what was given.
    """

    def __init__(self, owner: str, field: str, message: str, value: object = None) -> None:
        self.owner = owner
        self.field = field
        self.message = message
        self.value = value
        super().__init__(f"{owner}.{field}: {message}")


class UnprintableTextError(DirectiveReportError, ValueError):
    """Text holds a control character that no document format can carry (XML 1.0 refuses all
    but tab, line feed and carriage return), or a lone surrogate."""


class CycleError(DirectiveReportError, ValueError):
    """Reports cannot be compiled (:func:`directive_report.rollup`) or carried forward
    (:func:`directive_report.carry_forward`) as asked: ``source`` names the report (its file, or
    its unit), ``message`` says why."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class EmbeddedReportError(DirectiveReportError):
    """A file does not carry a readable report: it is not a package of the expected kind, or
    it was written without the report (``embed_model=False``), by another program, or re-saved
    by an office suite.  ``source`` names the file."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


class LoadProblem(tuple[str, str]):
    """One problem of a report file: a ``(location, message)`` pair, as before, that also
    knows the ``line`` and ``column`` (counted from 1) where the place starts in the file, or
    ``None`` when the file does not say (a problem with the document as a whole, a file that
    is not TOML or JSON)."""

    line: int | None
    column: int | None

    def __new__(
        cls, location: str, message: str, line: int | None = None, column: int | None = None
    ) -> LoadProblem:
        """The problem *message* at *location*, at *line* and *column* if known."""
        problem = super().__new__(cls, (location, message))
        problem.line = line
        problem.column = column
        return problem

    def __getnewargs__(self) -> tuple[str, str, int | None, int | None]:
        return self[0], self[1], self.line, self.column

    @property
    def location(self) -> str:
        """The path inside the document (``"sections[2].actions[0].date"``), or ``""``."""
        return self[0]

    @property
    def message(self) -> str:
        """What is wrong there, in the language active when it was found."""
        return self[1]

    def describe(self, source: str) -> str:
        """One line: *source*, the line and column if known, the location, the message."""
        where = source
        if self.line is not None:
            where = _("{source}, line {line}, column {column}").format(
                source=source, line=self.line, column=self.column
            )
        return (
            f"{where}: {self.location}: {self.message}"
            if self.location
            else (f"{where}: {self.message}")
        )


class ReportLoadError(DirectiveReportError):
    """A report file or string could not be read into a :class:`~directive_report.Report`.

    ``source`` is the file name (or ``"<string>"``), ``problems`` every problem found, as
    :class:`LoadProblem` pairs ``(location, message)`` where *location* is a path inside the
    document such as ``"sections[2].actions[0].date"`` (empty for the document as a whole),
    with the line and column in the file where known.  The message names the first problem
    and counts the others; :meth:`problem_lines` gives each on its own line.
    """

    def __init__(
        self,
        source: str,
        problems: Sequence[tuple[str, str]],
    ) -> None:
        self.source = source
        self.problems = tuple(
            problem if isinstance(problem, LoadProblem) else LoadProblem(*problem)
            for problem in problems
        )
        super().__init__(self._describe())

    @property
    def location(self) -> str:
        """Location of the first problem."""
        return self.problems[0][0] if self.problems else ""

    @property
    def message(self) -> str:
        """Message of the first problem."""
        return self.problems[0][1] if self.problems else _("cannot load")

    def problem_lines(self) -> list[str]:
        """Every problem as one line: the file, the line and column where known, the location
        in the document and the message."""
        if not self.problems:
            return [f"{self.source}: {self.message}"]
        return [problem.describe(self.source) for problem in self.problems]

    def _describe(self) -> str:
        first = self.problem_lines()[0]
        extra = len(self.problems) - 1
        if extra <= 0:
            return first
        more = ngettext("(and {count} more problem)", "(and {count} more problems)", extra)
        return f"{first} {more.format(count=extra)}"


class OutputError(DirectiveReportError):
    """A file cannot be written where asked: the target exists (and overwriting was not asked
    for), or it is not a regular file (a symbolic link, a device, a pipe, a folder), which is
    never replaced.  ``path`` names the target, ``message`` says what is wrong.
    """

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


class ReportDumpError(DirectiveReportError, ValueError):
    """A report cannot be written in the requested form: an unknown format or file suffix.

    ``target`` names the file (or ``"<data>"``), ``message`` says what was expected.
    """

    def __init__(self, target: str, message: str) -> None:
        self.target = target
        self.message = message
        super().__init__(f"{target}: {message}")


# --------------------------------------------------------------------------------------------
# Exporters and plug-ins


#: The kinds of name an exporter is looked up by, for the catalogs (``_(what)``).
_LOOKED_UP_BY = (N_("format"), N_("file suffix"), N_("format of file"))


def _plugin(name: str, distribution: str | None) -> str:
    """``"exporter 'x' (distribution dr-x 1.0)"``: how messages name a plug-in."""
    if distribution:
        return _("exporter {name!r} (distribution {distribution})").format(
            name=name, distribution=distribution
        )
    return _("exporter {name!r}").format(name=name)


class ExporterError(DirectiveReportError):
    """Base class of the errors about finding, loading and checking exporters.

    ``name`` is the format (entry-point) name, ``distribution`` the installed distribution that
    declares it with its version (``"directive-report-plaintext 0.1.0"``), when known.
    """

    def __init__(self, message: str, *, name: str, distribution: str | None = None) -> None:
        self.name = name
        self.distribution = distribution
        super().__init__(message)


class ExporterNotFoundError(ExporterError, LookupError):
    """No exporter has the requested name or writes the requested suffix.

    ``available`` lists the names (or suffixes) there are, ``suggestions`` the close ones.
    """

    def __init__(
        self,
        name: str,
        available: tuple[str, ...],
        *,
        what: str = "format",
        hint: str = "",
    ) -> None:
        from directive_report._suggest import close_matches, suggest

        self.available = available
        self.suggestions = close_matches(name, available)
        mean = suggest(self.suggestions)
        known = ", ".join(available) if available else _("none")
        message = _("unknown {what} {name!r}{mean} (available: {known})").format(
            what=_(what), name=name, mean=mean, known=known
        )
        super().__init__(message + hint, name=name)


class ExporterLoadError(ExporterError):
    """A plug-in's entry point could not be imported or its exporter could not be created.

    ``value`` is the entry point's ``module:attribute``; the original exception is the
    ``__cause__``.  Other formats keep working.
    """

    def __init__(
        self, name: str, distribution: str | None, value: str, cause: BaseException
    ) -> None:
        self.value = value
        super().__init__(
            _("{plugin} failed to load from {value!r}: {kind}: {cause}").format(
                plugin=_plugin(name, distribution),
                value=value,
                kind=type(cause).__name__,
                cause=cause,
            ),
            name=name,
            distribution=distribution,
        )


class ExporterProtocolError(ExporterError, TypeError):
    """A plug-in's object does not satisfy :class:`directive_report.exporters.Exporter`.

    ``problems`` lists what is wrong (``"missing attribute 'media_type'"``).
    """

    def __init__(self, name: str, distribution: str | None, problems: tuple[str, ...]) -> None:
        self.problems = problems
        super().__init__(
            _("{plugin} is not a valid directive_report exporter: {problems}").format(
                plugin=_plugin(name, distribution), problems="; ".join(problems)
            ),
            name=name,
            distribution=distribution,
        )


class PluginAPIVersionError(ExporterError):
    """A plug-in was written for another version of the exporter contract.

    ``got`` is the plug-in's ``api_version``, ``expected`` this library's ``API_VERSION``.
    """

    def __init__(self, name: str, distribution: str | None, got: object, expected: int) -> None:
        self.got = got
        self.expected = expected
        super().__init__(
            _(
                "{plugin} was written for exporter API version {got!r}, but this "
                "directive-report provides version {expected}: install a release of the "
                "plug-in made for API version {expected}"
            ).format(plugin=_plugin(name, distribution), got=got, expected=expected),
            name=name,
            distribution=distribution,
        )


class DuplicateExporterError(ExporterError):
    """Several distributions claim one format name (or, by suffix, one file suffix).

    ``distributions`` names every claimant; built-in names cannot be taken by a plug-in.
    """

    def __init__(self, name: str, distributions: tuple[str, ...], *, what: str = "format") -> None:
        self.distributions = distributions
        super().__init__(
            _(
                "{what} {name!r} is claimed by several distributions: {distributions}; "
                "uninstall one, or rename its entry point (third-party names carry a prefix, "
                "e.g. 'quang-ninh-docx')"
            ).format(what=_(what), name=name, distributions=", ".join(distributions)),
            name=name,
            distribution=distributions[-1] if distributions else None,
        )


class ExportFailedError(ExporterError):
    """An exporter did not finish: it ran past the time limit, or it stopped the program
    (``sys.exit()`` or another ``BaseException`` that is not a ``KeyboardInterrupt``).

    ``reason`` says which; the original exception, if any, is the ``__cause__``.
    """

    def __init__(self, name: str, reason: str) -> None:
        self.reason = reason
        super().__init__(
            _("exporter {name!r} {reason}").format(name=name, reason=reason), name=name
        )
