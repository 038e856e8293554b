"""Mutation testing of the core modules with mutmut, each within a time budget (``nox -s mutate``).

For each target (a module or package of ``src/directive_report`` and the tests that hold it),
the project is copied into a scratch folder with a ``[tool.mutmut]`` section naming that target,
``mutmut run`` is given the budget, and the result of every mutant it tried is counted:

    killed    a test failed (or timed out) with the mutant in place
    survived  every test passed, or no test reaches the code: a behaviour no test looks at
    equivalent  every test passed, and no input could tell: listed in :data:`EQUIVALENT`
    other     not tried within the budget

The score is killed / (killed + survived).  Usage::

    python scripts/mutate.py [--budget SECONDS] [--json FILE] [--keep FOLDER] [TARGET ...]

with TARGET among the names of :data:`TARGETS` (all by default).  It prints one table, and the
surviving mutants of each target.  With ``--keep FOLDER`` the scratch copy of each target is
kept in ``FOLDER/<target>`` and a second run there goes on where the first stopped, so that
``mutmut results`` and ``mutmut show MUTANT`` can be read there, and ``mutmut run MUTANT ...``
tries survivors again against new tests (copy them into its ``tests/``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parent.parent

#: Target name -> (path to mutate, tests that hold it).
TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "vi": (
        "src/directive_report/vi/",
        (
            "test_vi.py",
            "test_vi_numbers.py",
            "test_vi_docs.py",
            "test_vi_limits.py",
            "test_vi_behaviours.py",
        ),
    ),
    "model": (
        "src/directive_report/model/",
        (
            "test_model_document.py",
            "test_model_citation.py",
            "test_model_report.py",
            "test_model_table.py",
            "test_model_text.py",
            "test_model_messages.py",
            "test_model_walks.py",
            "test_text.py",
        ),
    ),
    "citations/_find": (
        "src/directive_report/citations/_find.py",
        ("test_citations.py", "test_citations_issuers.py"),
    ),
    "serialize": (
        "src/directive_report/serialize/",
        (
            "test_serialize.py",
            "test_serialize_messages.py",
            "test_serialize_files.py",
            "test_table_serialize.py",
            "_documents.py",
            "test_bad_input.py",
        ),
    ),
    "_files": ("src/directive_report/_files.py", ("test_files.py", "test_safe_output.py")),
}

#: Target name -> caches (``module:dict``) emptied before each test.  mutmut forks the process
#: that tries a mutant from one that has already run the tests, so a cache filled there holds
#: the results of the unmutated code and would hide every mutant of the code that fills it.
CACHES: dict[str, tuple[str, ...]] = {
    "vi": ("directive_report.vi.words:_GROUP_TABLES",),
    "serialize": ("directive_report.serialize._converter:_CONVERTERS",),
}

#: Mutants that no input can tell from the code (equivalent mutants), by the function mutmut
#: mutates and the line the mutant writes there, with the reason.  They are left out of the
#: score; every other survivor counts against it.
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
    # vi
    (
        "directive_report.vi._common.x__digit_count",
        "count = max(2, int(size.bit_length() * 0.30102999566398120))",
    ): "only ever called for ints over 128 bits, whose first estimate is already over 38",
    (
        "directive_report.vi._common.x__check_size",
        "too_big = value.bit_length() > 3.32 / MAX_DIGITS and _digit_count(value) > MAX_DIGITS",
    ): "the quick check on the bits let through: the digits are counted exactly anyway",
    (
        "directive_report.vi._common.x__check_size",
        "too_big = value.bit_length() >= 3.32 * MAX_DIGITS and _digit_count(value) > MAX_DIGITS",
    ): "an int of exactly 3320 bits has under 1000 digits: counted, and let through all the same",
    (
        "directive_report.vi.numbers.x__split_decimal",
        "if exponent > 0:",
    ): "at exponent 0 the other branch cuts after all digits: the same whole part, no fraction",
    (
        "directive_report.vi.numbers.x__split_decimal",
        "if exponent >= 1:",
    ): "at exponent 0 the other branch cuts after all digits: the same whole part, no fraction",
    (
        "directive_report.vi.numbers.x__to_decimal",
        'if x != x or x in (float("INF"), float("-inf")):',
    ): "float() reads 'INF' as 'inf'",
    (
        "directive_report.vi.numbers.x__to_decimal",
        'if x != x or x in (float("inf"), float("-INF")):',
    ): "float() reads '-INF' as '-inf'",
    (
        "directive_report.vi.words.x_number_to_words",
        'fraction = fraction.rstrip("XX0XX")',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.words.x_number_to_words",
        'rest = fraction.lstrip("XX0XX")',
    ): "lstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.numbers.x_format_number",
        "if decimals is None and type(None) is int:",
    ): "the fast path for an int off: the general path writes the same digits",
    (
        "directive_report.vi.words.x__group_tables",
        "tables = None",
    ): "the tables are built again on every call: the same tables",
    (
        "directive_report.vi.words.x__group_tables",
        "tables = _GROUP_TABLES.get(None)",
    ): "the tables are built again on every call: the same tables",
    (
        "directive_report.vi.words.x__group_tables",
        'tails = ["XXXX"] + [',
    ): "tails[0] is never read (a zero tail adds nothing)",
    (
        "directive_report.vi.words.x__group_tables",
        'inner[g] if g >= 100 else _tens_units(g // 10, g % 10, four) if (g) or True else ""',
    ): "leading[0] is never read: a leading group is never zero",
    (
        "directive_report.vi.words.x__group_tables",
        'inner[g] if g >= 100 else _tens_units(g // 10, g % 10, four) if g else "XXXX"',
    ): "leading[0] is never read: a leading group is never zero",
    (
        "directive_report.vi.money.x__compact",
        'fraction = str(rest).zfill(width).rstrip("0") if (rest) or True else ""',
    ): "str(0).zfill(width).rstrip('0') is '' as well",
    (
        "directive_report.vi.money.x__compact",
        'fraction = str(rest).zfill(width).rstrip("XX0XX") if rest else ""',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.money.x__compact",
        'sign = "-" if whole <= 0 else ""',
    ): "reached only for |whole| >= 1000: whole is never 0 there",
    (
        "directive_report.vi.money.x__compact",
        'sign = "-" if whole < 1 else ""',
    ): "reached only for |whole| >= 1000: whole is never 0 there",
    (
        "directive_report.vi.money.x__compact",
        "own_scale = None",
    ): "only read as a truth value, where None is False",
    (
        "directive_report.vi.numbers.x__round",
        "digits = max(x.adjusted(), 1) + decimals + 2",
    ): "a larger precision than the rounded result needs changes nothing",
    (
        "directive_report.vi.numbers.x__round",
        "digits = max(x.adjusted(), 0) + decimals + 3",
    ): "a larger precision than the rounded result needs changes nothing",
    (
        "directive_report.vi.numbers.x__round",
        "return x.quantize(Decimal(2).scaleb(-decimals), ROUND_HALF_UP, Context(prec=digits))",
    ): "quantize takes only the exponent of its first argument",
    (
        "directive_report.vi.numbers.x_format_percent",
        'return text.rstrip("XX0XX").rstrip(",") + "%"',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.numbers.x_format_percent",
        'return text.rstrip("0").rstrip("XX,XX") + "%"',
    ): "rstrip takes a set of characters; digits hold no X",
    (
        "directive_report.vi.words.x__check_style",
        "for (name, allowed), value in zip(_OPTIONS, style, strict=None):",
    ): "both always hold four items",
    (
        "directive_report.vi.words.x__check_style",
        "for (name, allowed), value in zip(_OPTIONS, style, ):",
    ): "both always hold four items",
    (
        "directive_report.vi.words.x__check_style",
        "for (name, allowed), value in zip(_OPTIONS, style, strict=False):",
    ): "both always hold four items",
    (
        "directive_report.vi.words.x__read_int",
        "value = _evaluate(tokens) if (tokens) or True else None",
    ): "no tokens read as 0, whose reading 'không' is not the (empty) tokens: the same error",
    (
        "directive_report.vi.words.x__read_int",
        "hint = None",
    ): "only read as `hint or ...`, where None is ''",
    (
        "directive_report.vi.words.x_words_to_number",
        'tokens = unicodedata.normalize("NFC", text).lower().split(None, )',
    ): "the bound on memory only: past MAX_WORDS words the same error, below the same tokens",
    (
        "directive_report.vi.words.x_words_to_number",
        'tokens = unicodedata.normalize("NFC", text).lower().rsplit(None, MAX_WORDS)',
    ): "the same count of tokens: past MAX_WORDS words the same error, below the same tokens",
    (
        "directive_report.vi.words.x__evaluate",
        "if billions.bit_length() >= _MAX_BITS:  # stop before the numbers grow any larger",
    ): "a value of _MAX_BITS bits has over 1000 digits: refused at the end with the same error",
}

#: mutmut's statuses that count as a kill: a test failed, hung or crashed on the mutant.
KILLED = {"killed", "timeout", "segfault"}


def run_target(name: str, budget: float, keep: Path | None = None) -> dict[str, object]:
    """Mutate one target in a scratch copy of the project; count what happened to each mutant."""
    if keep is None:
        with tempfile.TemporaryDirectory(prefix="mutate-") as scratch:
            return _run_in(Path(scratch), name, budget)
    work = keep / name.replace("/", "-")
    work.mkdir(parents=True, exist_ok=True)
    return _run_in(work, name, budget)


def _run_in(work: Path, name: str, budget: float) -> dict[str, object]:
    """Copy the project into ``work`` and run mutmut there within *budget* seconds.

    In a folder a previous run left (``--keep``), mutmut tries only what changed or was not
    tried, and then every survivor again, against the tests as they are now."""
    path, _ = TARGETS[name]
    again = (work / "mutants").is_dir()
    _copy_project(work, name)
    # which tests reach which function is collected again: the tests may have changed
    (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    started = time.monotonic()
    finished = _mutmut(work, [], budget)
    if again and finished:
        survivors = cast(list[str], _count(work)["survivors"])
        if survivors:
            finished = _mutmut(work, survivors, budget - (time.monotonic() - started))
    counts = _count(work)
    counts.update(
        target=name,
        path=path,
        seconds=round(time.monotonic() - started),
        finished=finished,
    )
    return counts


def _copy_project(work: Path, name: str) -> None:
    """The sources, the docs and the target's tests, with a ``[tool.mutmut]`` section."""
    path, tests = TARGETS[name]
    for part in ("src", "docs"):
        shutil.rmtree(work / part, ignore_errors=True)
        shutil.copytree(ROOT / part, work / part)
    shutil.rmtree(work / "tests", ignore_errors=True)
    (work / "tests").mkdir()
    for test in (*tests, "conftest.py"):
        shutil.copy(ROOT / "tests" / test, work / "tests" / test)
    with (work / "tests" / "conftest.py").open("a", encoding="utf-8") as conftest:
        conftest.write(_FEWER_EXAMPLES.format(examples=HYPOTHESIS_EXAMPLES))
        if CACHES.get(name):
            conftest.write(_EMPTY_CACHES.format(caches=CACHES[name]))
    shutil.copy(ROOT / "pyproject.toml", work / "pyproject.toml")
    with (work / "pyproject.toml").open("a", encoding="utf-8") as config:
        config.write(
            "\n[tool.mutmut]\n"
            f'paths_to_mutate = ["{path}"]\n'
            'tests_dir = ["tests/"]\n'
            'also_copy = ["docs/", "src/"]\n'
            # timing ratios mean nothing under mutmut's instrumentation
            'pytest_add_cli_args = ["-k", "not linear"]\n'
        )


def _mutmut(work: Path, mutants: list[str], budget: float) -> bool:
    """Run ``mutmut run [MUTANT ...]`` in *work*; False if the budget stopped it."""
    # a session of its own, so that the budget stops mutmut's workers too; its output in
    # mutmut.log there
    with (
        (work / "mutmut.log").open("ab") as log,
        subprocess.Popen(
            [str(Path(sys.executable).parent / "mutmut"), "run", *mutants],  # not -m: mutmut's
            # __main__ must be imported once
            cwd=work,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        ) as mutmut,
    ):
        try:
            mutmut.wait(timeout=max(budget, 1))
        except subprocess.TimeoutExpired:
            os.killpg(mutmut.pid, signal.SIGKILL)
            mutmut.wait()
            return False
    return True


#: Examples per Hypothesis property while mutants are tried (derandomized, so that a mutant's
#: verdict does not depend on the draw): the round trips of whole reports take seconds at the
#: suite's 100, and run for every mutant of the code they pass through.
HYPOTHESIS_EXAMPLES = 20

_FEWER_EXAMPLES = """

# mutmut runs a test class's methods twice in one process (collecting which tests reach which
# code, then the clean run): Hypothesis takes that for a test run by several executors
settings.register_profile(
    "mutate",
    parent=settings.get_profile("ci"),
    max_examples={examples},
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.differing_executors],
)
settings.load_profile("mutate")
"""

_EMPTY_CACHES = """

@pytest.fixture(autouse=True)
def _empty_caches_for_mutmut() -> None:
    import importlib

    for cache in {caches!r}:
        module, name = cache.split(":")
        getattr(importlib.import_module(module), name).clear()
"""


def _count(work: Path) -> dict[str, object]:
    from mutmut.__main__ import status_by_exit_code

    killed = survived = other = 0
    survivors: list[str] = []
    equivalent: list[str] = []
    for meta in (work / "mutants").rglob("*.meta"):
        data = json.loads(meta.read_text(encoding="utf-8"))
        source = meta.relative_to(work / "mutants").with_suffix("")
        for mutant, code in data.get("exit_code_by_key", {}).items():
            status = status_by_exit_code[code]
            if status in KILLED:
                killed += 1
            elif status not in ("survived", "no tests"):  # not tried (yet)
                other += 1
            elif _equivalent(work, mutant, source):
                equivalent.append(mutant)
            else:
                survived += 1
                survivors.append(mutant)
    tried = killed + survived
    return {
        "killed": killed,
        "survived": survived,
        "equivalent": len(equivalent),
        "other": other,
        "score": round(100 * killed / tried, 1) if tried else None,
        "survivors": sorted(survivors),
    }


def _equivalent(work: Path, mutant: str, source: Path) -> bool:
    """Whether a surviving *mutant* is one of :data:`EQUIVALENT` (its function and the line it
    writes, so that the list holds when mutmut numbers the mutants of a function anew)."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    with contextlib.chdir(work):
        diff = get_diff_for_mutant(mutant, path=source)
    written = "\n".join(
        line[1:].strip()
        for line in diff.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    )
    return (mutant.rpartition("__mutmut_")[0], written) in EQUIVALENT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", choices=[*TARGETS, []], default=list(TARGETS))
    parser.add_argument("--budget", type=float, default=600, help="seconds per target")
    parser.add_argument("--json", type=Path, help="write the results here too")
    parser.add_argument("--keep", type=Path, help="keep each scratch copy in this folder")
    args = parser.parse_args(argv)
    results = [run_target(name, args.budget, args.keep) for name in args.targets or TARGETS]
    print(
        f"{'target':<18} {'killed':>7} {'survived':>9} {'equivalent':>11} {'other':>6} "
        f"{'score':>7}  time"
    )
    for result in results:
        score = "—" if result["score"] is None else f"{result['score']}%"
        note = "" if result["finished"] else " (budget spent)"
        print(
            f"{result['target']:<18} {result['killed']:>7} {result['survived']:>9} "
            f"{result['equivalent']:>11} {result['other']:>6} {score:>7}  "
            f"{result['seconds']} s{note}"
        )
    for result in results:
        if result["survivors"]:
            print(f"\nsurvivors in {result['target']}:")
            for mutant in result["survivors"]:  # type: ignore[attr-defined]
                print(f"  {mutant}")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
