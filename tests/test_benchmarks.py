"""The benchmarks still run: ``benchmarks/run.py --smoke`` at a tiny size (not a timed test).

The figures of a smoke run mean nothing; what is checked is that every benchmark measures its
rows against an anchor measured in the same run and reports a target and a verdict, so that
``nox -s bench`` cannot rot unnoticed.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_smoke_run_prints_one_table_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = "| measurement | value | anchor | anchor value | ratio | target | met |"
    assert lines.count(header) == 1  # one table
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["smoke"] is True
    rows = document["rows"]
    measured = " / ".join(f"{row['what']} vs {row['anchor']}" for row in rows)
    for expected in (
        "DOCX, 1× vs bare python-docx",
        "DOCX, 1× vs docxtpl",
        "ODT, 1× vs bare odfpy",
        "ODT, 1× vs our DOCX exporter",
        "Markdown, 1× vs string joining",
        "load + check, 1× (JSON) vs bare odfpy build",
        "load + check, 1× (TOML) vs tomllib.loads alone",
        "num2words(lang='vi')",
        "import directive_report.vi after babel and the package",
        "report text vs plain keyword scan",
        "legal text vs plain keyword scan",
        "report text vs the same at",  # linear in the text's length
        "legal text vs the same at",
        "python -c 'import directive_report' vs import attrs, cattrs",
        "--jobs 1 vs export(load(f)) loop in-process",
        "--jobs 2",
    ):
        assert expected in measured, expected
    for row in rows:
        assert row["value"] > 0, row
        assert row["anchor_value"] > 0, row
        assert math.isfinite(row["ratio"]), row
        assert row["ratio"] > 0, row
        assert row["target"], row
        assert isinstance(row["met"], bool), row
        assert f"| {row['what']} |" in done.stdout
    assert len(lines) >= len(rows) + 2
