"""``effbench report`` reads records.jsonl a (task, subject) at a time, as scoring does, so that the report of a run
of ten thousand samples does not hold its 700,000 records; what it writes must not change by a bit, but for the
tier cells that now follow the leaderboard (tests/test_report_tiers.py).

tests/fixtures/report_golden.json.gz holds what every format of ``effbench report`` wrote for tests/scale_run.py's
run when every record was read into memory first (effbench at commit 8da8bd1, before this change), made by
:func:`_outputs` run with that version: the HTML with its PNG plots left out (their bytes depend on matplotlib's
version; what they are drawn from, the DPE representatives' costs, is kept) and its tier cells apart.  Since then one
line was added to it by hand, in the Markdown and the HTML alike: the note under the scores that says a model's
samples lost to infrastructure are left out (m3's one), which the reports have said since the board review."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from click.testing import CliRunner

from effbench.cli.main import main
from effbench.reports import plots
from effbench.reports.source import load_source

from .scale_run import make_run

GOLDEN = Path(__file__).parent / "fixtures" / "report_golden.json.gz"
PNG = re.compile(r'src="data:image/png;base64,[^"]*"')
TIER = re.compile(r'<td class="tier">([^<]*)</td>')
ROW = re.compile(r'<section class="task" id="task-([^"]*)"|<td class="tier">([^<]*)</td>')


def _outputs(where: Path, monkeypatch) -> dict:
    monkeypatch.chdir(where)
    # the figures are drawn, not encoded: PNG bytes are left out (and encoding them took most of the time)
    monkeypatch.setattr(plots, "_png", lambda fig: plots.plt.close(fig) or 'data:image/png;base64,')
    make_run(Path("a"), per_model=2)
    runner = CliRunner()
    out: dict = {"score": runner.invoke(main, ["score", "a"]).exit_code}
    for fmt in ("md", "benchmark-json", "pytest-benchmark", "html"):
        res = runner.invoke(main, ["report", "a", "--format", fmt])
        out[fmt] = [res.exit_code, res.output]
    page = out["html"][1]
    task, tiers = None, []
    for m in ROW.finditer(page):
        task = m.group(1) or task
        if m.group(1) is None:
            tiers.append([task, m.group(2)])
    out["html"][1] = TIER.sub('<td class="tier"></td>', PNG.sub('src=""', page))
    out["tiers"] = tiers
    out["tier_costs"] = json.loads(json.dumps(load_source(Path("a")).tier_costs))
    return out


def test_every_report_format_writes_what_it_wrote_when_records_were_read_whole(tmp_path, monkeypatch):
    golden, now = json.loads(gzip.decompress(GOLDEN.read_bytes())), _outputs(tmp_path, monkeypatch)
    assert sorted(now) == sorted(golden)
    for name in golden:
        if name != "tiers":
            assert now[name] == golden[name], name
    # the tier cells are the old ones but where the leaderboard scores no DPE (t-d: its tiers are ineligible)
    assert [t for t, _ in now["tiers"]] == [t for t, _ in golden["tiers"]]
    assert now["tiers"] == [[t, "–" if t == "t-d" else cell] for t, cell in golden["tiers"]]
    assert any(t == "t-d" and cell != "–" for t, cell in golden["tiers"]) and now["tier_costs"]


if __name__ == "__main__":  # write the golden file with the effbench on PYTHONPATH (see the module's docstring)
    import sys
    import tempfile

    import pytest

    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as mp:
        data = _outputs(Path(tmp), mp)
    Path(sys.argv[1]).write_bytes(gzip.compress(json.dumps(data, sort_keys=True).encode(), mtime=0))
