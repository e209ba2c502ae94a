"""Leaderboard schema, bootstrap intervals, merging, and the Markdown / HTML / benchmark reports.

One real run on the fixture task (the files effbench writes must validate against the shipped schemas), synthetic
runs from test_compare's ``fake_run`` where running is not the point, and headless Chromium for the HTML page."""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st
from referencing import Registry, Resource

import effbench
from effbench.cli.main import main
from effbench.tasks.inputs import InputCache
from effbench.schema_check import RUN_DIR_FILES, run_dir_problems
from effbench.scoring.leaderboard import SCHEMA_VERSION, build_leaderboard
from effbench.reports.board import LeaderboardError, merge
from effbench.measuring.records import SampleOutcome, Settings
from effbench.reports.benchmark_json import benchmark_json
from effbench.reports.markdown import markdown
from effbench.reports.source import load_source
from effbench.measuring.run import execute_run
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite
from effbench.scoring.uncertainty import bootstrap_mean_interval

from .conftest import FIXTURE_TASKS, write_samples
from .test_compare import fake_run

SCHEMAS = Path(effbench.__file__).parent / "schemas"
SOL = FIXTURE_TASKS / "prefix-max" / "solutions"


def _registry() -> Registry:
    docs = [json.loads(p.read_text()) for p in SCHEMAS.glob("*.schema.json")]
    return Registry().with_resources([(d["$id"], Resource.from_contents(d)) for d in docs])


REGISTRY = _registry()


def errors(ref: str, data) -> list[str]:
    validator = jsonschema.Draft202012Validator({"$ref": ref}, registry=REGISTRY)
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(data)]


BOARD = "urn:effbench:schema:leaderboard:3"
FILES = "urn:effbench:schema:run-files:2#/$defs/"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def real_run(tmp_path_factory) -> Path:
    """A real (small) run through the process sandbox: two models, two samples each.  "fast" is the expert's own loop
    twice: accumulate(nums, max) calls max per element and takes 2.5 times the loop at the top level, over T."""
    tmp = tmp_path_factory.mktemp("real")
    rows = [{"task_id": "prefix-max", "model": model, "solution": (SOL / f"{name}.py").read_text()}
            for model, names in (("fast", ("loop", "loop")), ("slow", ("rescan", "rescan")))
            for name in names]
    suite = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    samples = load_samples(write_samples(tmp / "samples.jsonl", rows), suite)
    execute_run([suite["prefix-max"]], samples, Settings(repeats=3), tmp / "out", [1, 2],
                InputCache(tmp / "cache"))
    return tmp / "out"


# ---------------------------------------------------------------- schema
def test_schemas_are_valid_draft_2020_12():
    for path in SCHEMAS.glob("*.schema.json"):
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text()))
    assert json.loads((SCHEMAS / "leaderboard.schema.json").read_text())["$id"].endswith(f":{SCHEMA_VERSION}")


@pytest.mark.sandbox
def test_every_file_a_real_run_writes_validates(real_run):
    board = json.loads((real_run / "leaderboard.json").read_text())
    assert errors(BOARD, board) == []
    assert errors(FILES + "tasks", json.loads((real_run / "tasks.json").read_text())) == []
    assert errors(FILES + "run", json.loads((real_run / "run.json").read_text())) == []
    rows = [json.loads(line) for line in (real_run / "results.jsonl").read_text().splitlines()]
    assert len(rows) == 4 and all(errors(FILES + "result", r) == [] for r in rows)
    # every file has a schema (records.jsonl, samples.jsonl and expected/ had none), and fits it line by line
    written = {p.relative_to(real_run).as_posix() for p in real_run.rglob("*") if p.is_file()} - {".lock"}
    assert all(any(Path(name).match(glob) for glob in RUN_DIR_FILES) for name in written), written
    assert {"records.jsonl", "samples.jsonl", "expected/prefix-max.jsonl"} <= written
    assert run_dir_problems(real_run) == []


def named(schema: dict, pointer: str) -> set[str]:
    """The fields a schema's object names, where it lets others through (run.json: keys of older runs are kept)."""
    node = schema
    for part in pointer.strip("/").split("/"):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return set(node["properties"])


@pytest.mark.sandbox
def test_the_schemas_name_every_field_a_real_run_writes_where_they_allow_more(real_run):
    """Where a schema lets unnamed fields through (run.json, the runner, the machine), a field effbench writes is
    still named and described there: run.json's executor and the runner's pid, uid, executable and runners digest,
    and the board's measurement.rules were written undescribed."""
    files_schema = json.loads((SCHEMAS / "run-files.schema.json").read_text())
    board_schema = json.loads((SCHEMAS / "leaderboard.schema.json").read_text())
    meta = json.loads((real_run / "run.json").read_text())
    board_meta = json.loads((real_run / "leaderboard.json").read_text())["meta"]
    assert set(meta) <= named(files_schema, "/$defs/run")
    assert set(meta["settings"]) <= named(files_schema, "/$defs/run/properties/settings")
    assert set(meta["machine"]) <= named(board_schema, "/$defs/machine")
    assert set(meta["runner"]) <= named(board_schema, "/$defs/runner/oneOf/1")
    assert set(board_meta) <= named(board_schema, "/$defs/runMeta")
    assert set(board_meta["measurement"]) <= named(board_schema, "/$defs/measurement")


@pytest.mark.sandbox
def test_schema_rejects_what_effbench_does_not_write(real_run):
    board = json.loads((real_run / "leaderboard.json").read_text())
    no_ci = json.loads(json.dumps(board))
    del no_ci["models"]["fast"]["ci95"]
    assert any("ci95" in e for e in errors(BOARD, no_ci))
    bad_interval = json.loads(json.dumps(board))
    bad_interval["models"]["fast"]["ci95"]["eff@k"]["1"] = [0.5]
    assert errors(BOARD, bad_interval)
    bad_mode = json.loads(json.dumps(board))
    bad_mode["meta"]["measurement"]["mode"] = "sundial"
    assert errors(BOARD, bad_mode)
    assert errors(FILES + "result", {"key": "x"})


@pytest.mark.sandbox
def test_a_run_directorys_file_that_does_not_fit_is_named_with_its_line(real_run, tmp_path):
    copy = tmp_path / "run"
    shutil.copytree(real_run, copy, ignore=shutil.ignore_patterns(".lock"))
    records = (copy / "records.jsonl").read_text().splitlines()
    records[2] = records[2].replace('"level": ', '"level": "x", "was": ', 1)
    (copy / "records.jsonl").write_text("\n".join(records) + "\n")
    with open(copy / "expected" / "prefix-max.jsonl", "a") as fh:
        fh.write(json.dumps({"phase": "level", "level": 1, "test": 0, "value": {"made": "up"}}) + "\n")
    samples = [json.loads(line) for line in (copy / "samples.jsonl").read_text().splitlines()]
    del samples[1]["code"]
    (copy / "samples.jsonl").write_text("".join(json.dumps(row) + "\n" for row in samples))
    problems = run_dir_problems(copy)
    expected_lines = len((copy / "expected" / "prefix-max.jsonl").read_text().splitlines())
    assert [p.split(": ")[0] for p in problems] == ["samples.jsonl:2", "records.jsonl:3",
                                                   f"expected/prefix-max.jsonl:{expected_lines}"], problems


@pytest.mark.sandbox
def test_leaderboard_metadata_says_how_where_and_with_what(real_run):
    meta = json.loads((real_run / "leaderboard.json").read_text())["meta"]
    assert set(meta["measurement"]) >= {"mode", "backend", "repeats", "estimator", "alpha"}
    assert meta["machine"]["cpu"] and meta["machine"]["cores"] and meta["machine"]["kernel"]
    assert meta["machine"]["python"] and meta["runner"]["runner"] == "process"
    assert meta["effbench_version"] == effbench.__version__ and re.fullmatch(r"[0-9a-f]{16}", meta["suite_hash"])
    assert meta["created"][:4].isdigit() and meta["uncertainty"]["resamples"] == 2000


def _outcomes(effs: dict[str, list[float]], model: str = "m") -> list[SampleOutcome]:
    return [SampleOutcome(key=f"{model}/{t}/{i}", task_id=t, model=model, sample_id=str(i),
                          status="passed" if e > 0 else "failed", efficiency=e)
            for t, es in effs.items() for i, e in enumerate(es)]


def test_every_suite_score_has_an_interval_containing_it():
    effs = {f"t{i}": [0.2 * i, 0.1 * i + 0.3, 0.0] for i in range(6)}
    dpe = {f"t{i}": {"m": {"dps": 10.0 * i, "dps_norm": 15.0 * i, "correct": 2, "profiled": 2}} for i in range(6)}
    board = build_leaderboard(_outcomes(effs), [1, 2, 5], {}, dpe=dpe, dpe_min_correct=1)
    m = board["models"]["m"]
    for metric in ("pass@k", "eff@k"):
        assert m[metric]["5"] is None and m["ci95"][metric]["5"] is None  # k > n: no score, no interval
        for k in ("1", "2"):
            lo, hi = m["ci95"][metric][k]
            assert lo <= m[metric][k] <= hi and lo < hi
    for key in ("DPS", "DPS_norm"):
        lo, hi = m["ci95"][key]
        assert lo <= m[key] <= hi and lo < hi
    strict = build_leaderboard(_outcomes(effs), [1], {}, dpe=dpe, dpe_min_correct=3)["models"]["m"]
    assert strict["DPS"] is None and strict["ci95"]["DPS"] is None


# ---------------------------------------------------------------- bootstrap properties
finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(finite, min_size=1, max_size=40))
def test_interval_contains_the_mean(values):
    lo, hi = bootstrap_mean_interval(values)
    mean = sum(values) / len(values)
    assert lo <= hi
    assert lo - 1e-9 * (1 + abs(mean)) <= mean <= hi + 1e-9 * (1 + abs(mean))
    assert min(values) - 1e-9 * (1 + abs(mean)) <= lo and hi <= max(values) + 1e-9 * (1 + abs(mean))


@settings(max_examples=40, deadline=None)
@given(finite, st.integers(min_value=1, max_value=30))
def test_degenerate_data_gives_a_zero_width_interval(value, n):
    lo, hi = bootstrap_mean_interval([value] * n)
    assert lo == hi


@settings(max_examples=20, deadline=None)
@given(st.lists(finite, min_size=2, max_size=20))
def test_intervals_are_deterministic(values):
    assert bootstrap_mean_interval(values) == bootstrap_mean_interval(list(values))


def test_interval_narrows_with_more_tasks():
    few = bootstrap_mean_interval([0.0, 1.0] * 3)
    many = bootstrap_mean_interval([0.0, 1.0] * 50)
    assert many[1] - many[0] < (few[1] - few[0]) / 2
    assert bootstrap_mean_interval([]) is None


# ---------------------------------------------------------------- merging
def test_merge_keeps_each_runs_metadata_and_validates(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0, "t2": 1.2}})
    b = fake_run(tmp_path / "b", {"m2": {"t1": 2.0, "t2": 1.5}})
    res = invoke("leaderboard", a, b, "-o", tmp_path / "lb.json")
    assert res.exit_code == 0, res.output + res.stderr
    board = json.loads((tmp_path / "lb.json").read_text())
    assert errors(BOARD, board) == []
    assert board["kind"] == "merged" and set(board["models"]) == {"m1", "m2"}
    runs = board["meta"]["runs"]
    assert [r["source"] for r in runs] == [str(a), str(b)]
    assert runs[board["models"]["m2"]["run"]]["models"] == ["m2"]
    assert board["models"]["m1"]["eff@k"] == json.loads((a / "leaderboard.json").read_text())["models"]["m1"]["eff@k"]
    again = merge([tmp_path / "lb.json"])  # a merged board merges again, unchanged but for the date
    assert again["models"] == board["models"] and len(again["meta"]["runs"]) == 2


def test_merge_refuses_different_modes_or_suites_in_one_line(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}})
    b = fake_run(tmp_path / "b", {"m2": {"t1": 1.0}}, measure="instructions")
    c = fake_run(tmp_path / "c", {"m3": {"t1": 1.0}}, suite_hash="fedcba9876543210")
    meta = json.loads((c / "run.json").read_text())
    meta["tasks"]["t1"]["content_hash"] = "a" * 16  # t1 changed between the runs: not one suite
    (c / "run.json").write_text(json.dumps(meta))
    (c / "leaderboard.json").unlink()
    for other, what in ((b, "different measurement mode"), (c, "task t1 differs")):
        res = invoke("leaderboard", a, other, "-o", tmp_path / "x.json")
        assert res.exit_code == 2 and res.stderr.count("\n") == 1
        assert what in res.stderr and "--separate" in res.stderr
    assert not (tmp_path / "x.json").exists()
    res = invoke("leaderboard", a, b, c, "--separate", "-o", tmp_path / "s.json")
    assert res.exit_code == 0, res.stderr
    board = json.loads((tmp_path / "s.json").read_text())
    assert errors(BOARD, board) == [] and board["kind"] == "sections"
    assert sorted((s["meta"]["mode"], s["meta"]["task_hashes"]["t1"]) for s in board["sections"]) == [
        ("cpu", "0" * 16), ("cpu", "a" * 16), ("instructions", "0" * 16)]


def test_merge_refuses_a_model_in_two_runs(tmp_path):
    a = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    b = fake_run(tmp_path / "b", {"m": {"t1": 1.0}})
    with pytest.raises(LeaderboardError, match="'m' is in both"):
        merge([a, b])


def test_merge_rejects_what_is_not_a_leaderboard(tmp_path):
    (tmp_path / "x.json").write_text('{"hello": 1}')
    res = invoke("leaderboard", tmp_path / "x.json")
    assert res.exit_code == 2 and "not an effbench leaderboard" in res.stderr
    res = invoke("leaderboard", tmp_path / "nothing")
    assert res.exit_code == 2 and "no such run directory or leaderboard file" in res.stderr


# ---------------------------------------------------------------- Markdown and benchmark JSON
@pytest.mark.sandbox
def test_markdown_report_fits_a_job_summary(real_run):
    res = invoke("report", real_run, "--format", "md")
    assert res.exit_code == 0, res.stderr
    text = res.output
    assert text.startswith("## effbench report") and len(text.encode()) < 1024 * 1024
    table = [line for line in text.splitlines() if line.startswith("| fast ") or line.startswith("| slow ")]
    assert len(table) == 2 and table[0].startswith("| fast ")  # ranked by eff@1
    assert re.search(r"\| \d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\] \|", table[0])  # score [interval]
    for needle in ("**cpu**", "hodges-lehmann", "α = 2", "Python", "cores", "suite `", "runner process",
                   "bootstrap over tasks", "<details>"):
        assert needle in text


def test_markdown_of_separate_sections(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}})
    b = fake_run(tmp_path / "b", {"m2": {"t1": 1.0}}, measure="instructions")
    board = merge([a, b], separate=True)
    (tmp_path / "s.json").write_text(json.dumps(board))
    text = markdown(load_source(tmp_path / "s.json"))
    assert "### Section 1: cpu" in text and "### Section 2: instructions" in text
    assert "| m1 |" in text and "| m2 |" in text


@pytest.mark.sandbox
def test_benchmark_json_is_custom_smaller_is_better(real_run, tmp_path):
    res = invoke("report", real_run, "--format", "benchmark-json", "-o", tmp_path / "b.json")
    assert res.exit_code == 0, res.stderr
    data = json.loads((tmp_path / "b.json").read_text())
    assert errors(FILES + "benchmark", data) == []
    by_name = {d["name"]: d for d in data}
    assert set(by_name) == {"fast / prefix-max (level 3)", "slow / prefix-max (level 3)",
                            "fast (suite: time / expert, geometric mean)",
                            "slow (suite: time / expert, geometric mean)"}
    assert by_name["fast / prefix-max (level 3)"]["unit"] == "s"
    fast, slow = (by_name[f"{m} (suite: time / expert, geometric mean)"]["value"] for m in ("fast", "slow"))
    assert fast < 2 and slow > fast  # smaller is better: the O(n^2) model is slower


@pytest.mark.sandbox
def test_benchmark_json_needs_a_run_directory(real_run):
    res = invoke("report", real_run / "leaderboard.json", "--format", "benchmark-json")
    assert res.exit_code == 2 and "run directory" in res.stderr


def test_benchmark_json_in_instructions_mode(tmp_path):
    run = fake_run(tmp_path / "a", {"m": {"t1": 2.0}}, measure="instructions")
    data = benchmark_json(load_source(run))
    assert data[0]["unit"] == "instructions" and data[0]["value"] == pytest.approx(2 * 0.04 * 1.1e9, rel=1e-6)


# ---------------------------------------------------------------- HTML in headless Chromium
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                    reason="Debian's chromium is not installed (.ci/setup installs it)")


def chromium(*args: str) -> subprocess.CompletedProcess:
    assert CHROMIUM, "chromium is not installed"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           "--disable-extensions", "--blink-settings=imagesEnabled=true", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def html_report(real_run, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    res = invoke("report", real_run, "--format", "html", "-o", out)
    assert res.exit_code == 0, res.stderr
    return out


@pytest.mark.sandbox
def test_html_is_self_contained(html_report):
    text = html_report.read_text()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)  # nothing fetched at view time
    assert "<link" not in text and "<script src" not in text
    pngs = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert len(pngs) == 2  # scores against k, one per task
    assert all(base64.b64decode(p)[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


@pytest.mark.sandbox
@needs_chromium
def test_html_renders_with_table_and_plots_in_chromium(html_report, tmp_path):
    res = chromium("--dump-dom", html_report.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    dom = res.stdout
    board = dom[dom.index('<table class="board">'):dom.index("</table>")]
    assert board.count("<tr>") == 3 and "<th>eff@1</th>" in dom and "<th>pass@2</th>" in dom
    for cls in ('"plot-k"', '"plot-task"', '"heat plot-heat"', '"detail samples"', '"task" id="task-prefix-max"'):
        assert f"class={cls}" in dom
    shot = tmp_path / "shot.png"
    res = chromium(f"--screenshot={shot}", "--window-size=1200,1600", html_report.as_uri())
    assert res.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


@pytest.mark.sandbox
@needs_chromium
def test_html_table_sorts_on_a_header_click(html_report, tmp_path):
    page = tmp_path / "click.html"
    text = html_report.read_text()
    # click "model" (text sort, descending first), after the report's own script has wired the headers
    page.write_text(text.replace("</body>", "<script>document.querySelector('table.board th').click();"
                                            "</script></body>"))
    dom = chromium("--dump-dom", page.as_uri()).stdout
    order = re.findall(r"<tr><td>([^<]+)</td>", dom)
    assert order == ["slow", "fast"] and 'class="desc"' in dom
    page.write_text(text.replace("</body>", "<script>var h=document.querySelectorAll('table.board th')[5];"
                                            "h.click();h.click();</script></body>"))  # eff@1 ascending
    dom = chromium("--dump-dom", page.as_uri()).stdout
    assert re.findall(r"<tr><td>([^<]+)</td>", dom) == ["slow", "fast"] and 'class="asc"' in dom


@pytest.mark.sandbox
def test_html_from_a_leaderboard_file_has_no_time_plots(real_run, tmp_path):
    res = invoke("report", real_run / "leaderboard.json", "--format", "html", "-o", tmp_path / "r.html")
    assert res.exit_code == 0, res.stderr
    text = (tmp_path / "r.html").read_text()
    assert 'class="plot-k"' in text and 'class="heat plot-heat"' in text and 'class="plot-task"' not in text
    assert "<section" not in text and 'href="#' not in text  # no per-task sections to link to without results
