"""``effbench history``: runs ordered by the commit they recorded, one line per model and setup, significant changes
flagged as ``effbench compare`` flags them, bad inputs refused in one line.

Real process-sandbox runs of the fixture task, in a scratch git repository, for the end-to-end path (the commit
recorded in meta.git, the order, the page in Chromium); synthetic run directories (test_compare's ``fake_run``:
real scoring of fabricated records) where the point is a setup change or a significance flag on several tasks."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from effbench.reports.history import HistoryError, build
from effbench.tasks.inputs import InputCache
from effbench.reports.board import merge
from effbench.measuring.provenance import describe
from effbench.measuring.records import Settings
from effbench.reports.history_html import html, markdown
from effbench.measuring.run import execute_run, score_run
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS, write_samples
from .test_compare import fake_run, interrupted, rescored_with
from .test_reports import BOARD, chromium, errors, invoke, needs_chromium

ROOT = Path(__file__).resolve().parent.parent
SOL = FIXTURE_TASKS / "prefix-max" / "solutions"
TASKS4 = ("t0", "t1", "t2", "t3")


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    env = {k: v for k, v in env.items() if not k.startswith("GITHUB_")}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


def stamp(run: Path, commit: str | None = None, date: str | None = None, created: str | None = None,
          **runner) -> Path:
    """Give a synthetic run a commit (as a run in a repository records it) or another runner, and rescore it."""
    meta = json.loads((run / "run.json").read_text())
    if commit:
        meta["git"] = {"commit": commit, "date": date}
    if created:
        meta["created"] = created
    meta["runner"] = {**meta["runner"], **runner}
    (run / "run.json").write_text(json.dumps(meta))
    (run / "leaderboard.json").unlink()
    score_run(run)
    return run


# ---------------------------------------------------------------- real runs in a git repository
@pytest.fixture(scope="module")
def real_history(tmp_path_factory) -> dict:
    """Two commits of a scratch repository, measured newest first (as a CI job fetching old artifacts would get
    them): at the newer commit 'mine' is the rescanning O(n^2) solution, at the older one the expert's loop."""
    tmp = tmp_path_factory.mktemp("hist")
    repo = tmp / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "commit", "-q", "--allow-empty", "-m", "old", date="2026-01-01T10:00:00+02:00")
    old = git(repo, "rev-parse", "HEAD")
    git(repo, "commit", "-q", "--allow-empty", "-m", "new", date="2026-01-02T09:00:00+02:00")
    new = git(repo, "rev-parse", "HEAD")
    suite = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    cwd = Path.cwd()
    runs = {}
    try:
        os.chdir(repo)
        for name, commit, mine in (("b", new, "rescan"), ("a", old, "loop")):
            git(repo, "checkout", "-q", commit)
            rows = [{"task_id": "prefix-max", "model": model, "solution": (SOL / f"{sol}.py").read_text()}
                    for model, sol in (("mine", mine), ("other", "accumulate"))]
            samples = load_samples(write_samples(tmp / f"{name}.jsonl", rows), suite)
            execute_run([suite["prefix-max"]], samples, Settings(repeats=3), tmp / name, [1], InputCache(tmp / "c"))
            runs[name] = tmp / name
    finally:
        os.chdir(cwd)
    return {"old": old, "new": new, "a": runs["a"], "b": runs["b"], "tmp": tmp}


@pytest.mark.sandbox
def test_runs_record_their_commit_and_stay_schema_valid(real_history):
    for name, commit in (("a", real_history["old"]), ("b", real_history["new"])):
        board = json.loads((real_history[name] / "leaderboard.json").read_text())
        assert errors(BOARD, board) == []
        assert board["meta"]["git"]["commit"] == commit and board["meta"]["git"]["dirty"] is False
    assert json.loads((real_history["a"] / "leaderboard.json").read_text())["meta"]["git"]["date"].startswith(
        "2026-01-01T10:00:00")


@pytest.mark.sandbox
def test_history_orders_by_commit_not_by_argument_or_run_time(real_history):
    res = invoke("history", real_history["b"], real_history["a"])  # newest first on the command line
    assert res.exit_code == 0, res.stderr
    mine = res.output[res.output.index("### mine"):res.output.index("### other")]
    rows = re.findall(r"^\| (\d) \| (\S+) \| `(\w+)` \| [^|]+ \| ([\d.]+) \| ([\d.]+) \|", mine, re.M)
    assert [(r[0], r[2]) for r in rows] == [("1", real_history["old"][:7]), ("2", real_history["new"][:7])]
    boards = [json.loads((real_history[n] / "leaderboard.json").read_text()) for n in ("a", "b")]
    assert [float(r[4]) for r in rows] == [round(b["models"]["mine"]["eff@k"]["1"], 3) for b in boards]
    assert float(rows[0][4]) > float(rows[1][4])  # the O(n^2) rescan at the newer commit is less efficient
    assert "⚑" not in mine.split("\n", 3)[-1]  # one setup: no break


@pytest.mark.sandbox
def test_history_page_as_a_subprocess(real_history, tmp_path):
    out = tmp_path / "h.html"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run([sys.executable, "-m", "effbench", "history", str(real_history["a"]),
                          str(real_history["b"]), "--format", "html", "-o", str(out)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    text = out.read_text()
    figures = re.findall(r'<figure class="plot-history"([^>]*)>', text)
    facts = [dict(re.findall(r'data-([a-z]+)="([^"]*)"', f)) for f in figures]
    assert [f["metric"] for f in facts] == ["pass@1", "eff@1"]  # no tier file: no DPS, so no DPS plot
    assert all(f["points"] == "4" and f["lines"] == "2" and f["breaks"] == "0" for f in facts)
    titles = re.findall(r"<title>([^<]+)</title>", text)
    assert len(titles) == 11  # the page's, 2 models x 2 runs x 2 figures, and the expert of 1 task x 2 runs
    assert sum(t.startswith("prefix-max · expert ") for t in titles) == 2
    assert any(t.startswith("mine · eff@1 ") and f"commit {real_history['new'][:12]} · 2026-01-02T09:00:00" in t
               for t in titles)
    assert not re.search(r"""(src|href)=["']?(https?:)?//|<link|<script src|url\(""", text)


# ---------------------------------------------------------------- lines, breaks and flags (synthetic runs)
def _four(tmp: Path, name: str, factor: float, measure: str = "instructions", **kw) -> Path:
    return fake_run(tmp / name, {"m": {t: factor for t in TASKS4}, "steady": {t: 1.2 for t in TASKS4}},
                    measure=measure, **kw)


def test_a_change_of_mode_interpreter_or_counter_breaks_the_line(tmp_path):
    runs = [stamp(_four(tmp_path, "a", 1.0), "a" * 40, "2026-01-01T00:00:00Z"),
            stamp(_four(tmp_path, "b", 1.0), "b" * 40, "2026-01-02T00:00:00Z"),
            stamp(_four(tmp_path, "c", 1.0), "c" * 40, "2026-01-03T00:00:00Z", counter="perf"),
            stamp(_four(tmp_path, "d", 1.0), "d" * 40, "2026-01-04T00:00:00Z", counter="perf", python="3.12.1"),
            stamp(_four(tmp_path, "e", 1.0, measure="cpu"), "e" * 40, "2026-01-05T00:00:00Z", python="3.12.1")]
    history = build(runs)
    points = history.points["m"]
    assert [p.line for p in points] == [0, 0, 1, 2, 3]
    assert [p.broke for p in points] == ["", "", "counter callgrind → perf", "interpreter 3.11.7 → 3.12.1",
                                         "mode instructions → cpu, counter perf → cpu clock, "
                                         "estimator single count → hodges-lehmann"]
    facts = dict(re.findall(r'data-([a-z]+)="([^"]*)"', re.search(
        r'<figure class="plot-history"([^>]*data-metric="eff@1"[^>]*)>', html(history)).group(1)))
    assert facts["lines"] == "2" and facts["breaks"] == "3" and facts["points"] == "10"  # m and steady: a+b joined
    text = markdown(history)
    assert text.count("⚑ new line: counter callgrind → perf") == 2  # both models


def set_machine(run: Path, cpu: str) -> Path:
    meta = json.loads((run / "run.json").read_text())
    meta["machine"] = {**meta["machine"], "cpu": cpu}
    (run / "run.json").write_text(json.dumps(meta))
    score_run(run)
    return run


def test_the_experts_cost_tells_a_slower_machine_from_a_slower_model(tmp_path):
    """A machine 1.5 times slower moves every expert by +50 % and leaves the models' eff@1 where it was; a model
    that got slower moves its eff@1 and no expert.  Another machine name breaks the experts' lines in time modes."""
    def run(name, factor, speed, day, cpu="box-1"):
        made = fake_run(tmp_path / name, {"m": {t: factor for t in TASKS4}}, noise=0.0, machine_speed=speed)
        return set_machine(stamp(made, name * 40, f"2026-01-0{day}T00:00:00Z"), cpu)
    runs = [run("a", 1.0, 1.0, 1), run("b", 1.0, 1.5, 2), run("c", 1.3, 1.5, 3), run("d", 1.3, 1.5, 4, "box-2")]
    board = json.loads((runs[0] / "leaderboard.json").read_text())
    assert errors(BOARD, board) == [] and set(board["meta"]["expert_cost"]) == set(TASKS4)
    history = build(runs)
    assert [p.verdict for p in history.points["m"]] == ["", "same", "regression", "same"]
    assert history.expert_shift(1) == (pytest.approx(0.5), 4, 4)  # the machine: every expert moved
    assert history.expert_shift(2) == (pytest.approx(0.0), 0, 4)  # the model: no expert moved
    assert all(ps[1].cost == pytest.approx(1.5 * ps[0].cost) for ps in history.experts.values())
    assert {ps[3].broke for ps in history.experts.values()} == {"machine box-1 → box-2"}
    assert history.expert_shift(3) == (None, 0, 0) and history.points["m"][3].broke == ""  # eff@1 is relative
    text = markdown(history)
    section = text[text.index("### Expert cost per task"):]
    assert "| 2 | 2026-01-02 | `bbbbbbb` | box-1 | 4 | +50.0% | 4 of 4 | – |" in section
    assert "| 4 | 2026-01-04 | `ddddddd` | box-2 | 4 | – | – | ⚑ machine box-1 → box-2 |" in section
    assert re.search(r"\| t0 \| [\d.e-]+ s \| [\d.e-]+ s \(\+50%\) \| [\d.e-]+ s \| [\d.e-]+ s ⚑ \|", section)
    page = html(history)
    facts = dict(re.findall(r'data-([a-z]+)="([^"]*)"', re.search(r'<figure class="plot-expert"([^>]*)>',
                                                                   page).group(1)))
    assert facts == {"metric": "expert cost (× first)", "points": "16", "lines": "4", "breaks": "1",
                     "flagged": "4"}
    assert '<table class="detail experts">' in page and page.count('class="flag flag-moved"') == 4


def test_runs_without_the_experts_cost_show_no_expert_section(tmp_path):
    files = []
    for name in ("a", "b"):
        board = json.loads((_four(tmp_path, name, 1.0) / "leaderboard.json").read_text())
        del board["meta"]["expert_cost"]  # as an older effbench wrote it
        (tmp_path / f"{name}.json").write_text(json.dumps(board))
        files.append(tmp_path / f"{name}.json")
    history = build(files)
    assert history.experts == {} and "Expert cost" not in markdown(history) and "plot-expert" not in html(history)


def test_significant_changes_are_flagged_as_compare_flags_them(tmp_path):
    runs = [stamp(_four(tmp_path, "a", 1.0), "a" * 40, "2026-01-01T00:00:00Z"),
            stamp(_four(tmp_path, "b", 1.5), "b" * 40, "2026-01-02T00:00:00Z"),
            stamp(_four(tmp_path, "c", 1.02), "c" * 40, "2026-01-03T00:00:00Z")]
    history = build(runs)
    assert [p.verdict for p in history.points["m"]] == ["", "regression", "improvement"]
    assert [p.verdict for p in history.points["steady"]] == ["", "same", "same"]
    assert history.points["m"][1].change == pytest.approx(history.points["m"][1].values["eff@1"] /
                                                          history.points["m"][0].values["eff@1"] - 1)
    page = html(history)
    assert page.count('class="flag flag-regression"') == 1 and page.count('class="flag flag-improvement"') == 1
    assert "**REGRESSION**" in markdown(history)
    # timings on two tasks: beyond the threshold, but too few tasks for the bootstrap: not flagged
    slow = [fake_run(tmp_path / n, {"m": {"t1": f, "t2": f}}, seed=i) for i, (n, f) in enumerate((("x", 1.0),
                                                                                                  ("y", 1.6)))]
    assert [p.verdict for p in build(slow).points["m"]] == ["", "not significant"]


def test_order_uses_commit_dates_across_time_zones_and_falls_back_to_the_start_time(tmp_path):
    late = stamp(_four(tmp_path, "late", 1.0), "1" * 40, "2026-01-01T23:00:00+00:00")
    early = stamp(_four(tmp_path, "early", 1.0), "2" * 40, "2026-01-02T00:30:00+02:00")  # 22:30 UTC the day before
    assert [Path(r.source).name for r in build([late, early]).runs] == ["early", "late"]
    x = stamp(_four(tmp_path, "x", 1.0), created="2026-02-01T00:00:00+00:00")
    y = stamp(_four(tmp_path, "y", 1.0), created="2026-01-15T00:00:00+00:00")
    history = build([x, y])
    assert [Path(r.source).name for r in history.runs] == ["y", "x"] and history.runs[0].commit is None
    assert "| 1 | 2026-01-15 | – |" in markdown(history)


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize("content, message", [("[1, 2]", "not an effbench leaderboard"),
                                              ('{"kind": "other"}', "not an effbench leaderboard"),
                                              ("{oops", "invalid JSON"),
                                              ("[" * 100_000, "invalid JSON (nested too deeply)"),
                                              (b'{"kind": "\xff"}', "not UTF-8 text")])
def test_inputs_that_are_not_leaderboards_are_refused(tmp_path, content, message):
    good = _four(tmp_path, "a", 1.0)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    res = invoke("history", good, bad)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and message in res.stderr and "bad.json" in res.stderr


@pytest.mark.parametrize("name", ["run.json", "leaderboard.json"])
def test_a_run_directory_with_a_file_cut_short_is_refused_as_report_and_compare_refuse_it(tmp_path, name):
    """Before, a run whose run.json was cut short (a partial copy) was charted from its leaderboard as if whole,
    where report, compare and score refuse it in one line naming the file; one unreadable input of a history is
    refused like the others (a file that is no leaderboard, a missing path)."""
    good, bad = _four(tmp_path, "a", 1.0), _four(tmp_path, "b", 1.0)
    text = (bad / name).read_text()
    (bad / name).write_text(text[:len(text) // 2])
    for command in (("history", good, bad), ("report", bad)):
        res = invoke(*command)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (command[0], res.stderr, res.output[:200])
        assert f"{bad / name}: invalid JSON" in res.stderr, res.stderr


@pytest.mark.sandbox
def test_a_folder_that_is_no_run_and_a_missing_path_are_refused(tmp_path):
    good = _four(tmp_path, "a", 1.0)
    (tmp_path / "empty").mkdir()
    for bad, message in ((tmp_path / "empty", "not a run directory"), (tmp_path / "nope", "no such run directory")):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        res = subprocess.run([sys.executable, "-m", "effbench", "history", str(good), str(bad)],
                             capture_output=True, text=True, env=env, timeout=60)
        assert res.returncode == 2 and res.stderr.count("\n") == 1 and message in res.stderr, res.stderr
        assert res.stdout == ""


def test_different_task_sets_are_refused_unless_told(tmp_path):
    a = stamp(_four(tmp_path, "a", 1.0), "a" * 40, "2026-01-01T00:00:00Z")
    b = stamp(fake_run(tmp_path / "b", {"m": {"t0": 1.0, "t9": 1.0}}, measure="instructions"), "b" * 40,
              "2026-01-02T00:00:00Z")
    res = invoke("history", a, b)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "added t9" in res.stderr and "missing t1, t2, t3" in res.stderr and "--mixed-tasks" in res.stderr
    res = invoke("history", a, b, "--mixed-tasks")
    assert res.exit_code == 0, res.stderr
    assert "⚑ new line: task set: added t9; missing t1, t2, t3" in res.output


def test_a_board_of_separate_sections_is_refused(tmp_path):
    a = _four(tmp_path, "a", 1.0)
    b = _four(tmp_path, "b", 1.0, measure="cpu")
    (tmp_path / "s.json").write_text(json.dumps(merge([a, b], separate=True)))
    with pytest.raises(HistoryError, match="2 sections"):
        build([a, tmp_path / "s.json"])
    res = invoke("history", a, tmp_path / "s.json")
    assert res.exit_code == 2 and "sections" in res.stderr


def test_a_merged_board_is_one_point(tmp_path):
    one = fake_run(tmp_path / "p1", {"m": {"t0": 1.0, "t1": 1.0}}, measure="instructions")
    two = fake_run(tmp_path / "p2", {"m": {"t2": 1.0, "t3": 1.0}}, measure="instructions")
    (tmp_path / "merged.json").write_text(json.dumps(merge([one, two])))
    history = build([_four(tmp_path, "a", 1.5), tmp_path / "merged.json"])
    assert len(history.runs) == 2 and [p.line for p in history.points["m"]] == [0, 0]


@pytest.mark.sandbox
# ---------------------------------------------------------------- provenance
def test_provenance_from_github_variables_from_git_or_none(tmp_path):
    env = {"GITHUB_SHA": "f" * 40, "GITHUB_REF_NAME": "main", "GITHUB_REPOSITORY": "o/r"}
    assert describe(tmp_path, env) == {"commit": "f" * 40, "ref": "main", "repository": "o/r"}
    assert describe(tmp_path, {}) is None  # not a repository
    git(tmp_path, "init", "-q")
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "x", date="2026-03-04T05:06:07+00:00")
    (tmp_path / "f").write_text("1")
    git(tmp_path, "add", "f")  # a staged change: the working tree is not the commit
    got = describe(tmp_path, {})
    head = git(tmp_path, "rev-parse", "HEAD")
    assert got["commit"] == head and got["dirty"] is True and got["date"].startswith("2026-03-04T05:06:07")
    # measuring another commit than the checkout's (a pull request's base): named, and dated from git
    git(tmp_path, "commit", "-q", "-m", "y", date="2026-03-05T00:00:00+00:00")
    other = describe(tmp_path, {"EFFBENCH_COMMIT": head, "GITHUB_SHA": "f" * 40, "GITHUB_REF_NAME": "pr"})
    assert other == {"commit": head, "date": got["date"]}


# ---------------------------------------------------------------- in headless Chromium
PROBE = """<script>window.addEventListener("load", function () {
  var svgs = [].slice.call(document.querySelectorAll("figure.plot-history svg"));
  document.body.setAttribute("data-resources",
    JSON.stringify(performance.getEntriesByType("resource").map(function (e) { return e.name; })));
  document.body.setAttribute("data-widths", svgs.map(function (s) {
    return Math.round(s.getBoundingClientRect().width); }).join(","));
  document.body.setAttribute("data-hover", [].slice.call(document.querySelectorAll("svg .point")).filter(
    function (p) { var t = p.querySelector("title"); return t && /commit \\w+ · \\d{4}-/.test(t.textContent); }
  ).length);
});</script></body>"""


@pytest.mark.sandbox
@needs_chromium
def test_history_page_in_chromium_fetches_nothing_and_every_point_has_a_tooltip(real_history, tmp_path):
    page = tmp_path / "h.html"
    page.write_text(html(build([real_history["a"], real_history["b"]])).replace("</body>", PROBE))
    res = chromium("--dump-dom", "--virtual-time-budget=5000", "--window-size=1280,1800", page.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    body = dict(re.findall(r'data-([a-z]+)="([^"]*)"', re.search(r"<body([^>]*)>", res.stdout).group(1)))
    assert body["resources"] == "[]" and body["hover"] == "10"  # 2 models x 2 runs x 2 figures, 2 expert points
    assert '<figure class="plot-expert"' in res.stdout
    assert [int(w) >= 800 for w in body["widths"].split(",")] == [True, True]
    shot = tmp_path / "shot.png"
    res = chromium(f"--screenshot={shot}", "--window-size=1280,1800", page.as_uri())
    assert res.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 30_000


def test_bad_options_are_one_line_before_anything_is_read(tmp_path):
    good = _four(tmp_path, "a", 1.0)
    res = invoke("history", good, "--threshold", "five")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "not a number" in res.stderr
    res = invoke("history", good, "-o", tmp_path)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "is a directory" in res.stderr


def test_another_build_of_the_same_python_version_breaks_the_line(tmp_path):
    """The Dockerfile image's Python 3.11.7 is another binary than the host's: its counts are not comparable."""
    a = stamp(_four(tmp_path, "a", 1.0), "a" * 40, "2026-01-01T00:00:00Z", executable="/usr/bin/python3.11")
    b = stamp(_four(tmp_path, "b", 1.0), "b" * 40, "2026-01-02T00:00:00Z", executable="/usr/local/bin/python3.11")
    point = build([a, b]).points["m"][1]
    assert point.broke == "interpreter build /usr/bin/python3.11 → /usr/local/bin/python3.11" and point.line == 1


def test_another_alpha_breaks_the_line(tmp_path):
    """Under alpha 3 the same code scores a higher eff@1 than under 2 (the limit T is alpha times the expert's):
    the line ran on, and the step was ringed as a significant change of the model's."""
    a = stamp(_four(tmp_path, "a", 1.5), "a" * 40, "2026-01-01T00:00:00Z")
    b = stamp(rescored_with(_four(tmp_path, "b", 1.5), "settings", "alpha", 3.0), "b" * 40, "2026-01-02T00:00:00Z")
    c = stamp(_four(tmp_path, "c", 1.5), "c" * 40, "2026-01-03T00:00:00Z")
    points = build([a, b, c]).points["m"]
    assert [p.broke for p in points] == ["", "alpha 2 → 3", "alpha 3 → 2"]
    assert [p.line for p in points] == [0, 1, 2] and [p.verdict for p in points] == ["", "", ""]


def test_model_names_are_escaped_in_the_page_and_the_svg(tmp_path):
    name = "<img src=x onerror=alert(1)>"
    run = fake_run(tmp_path / "a", {name: {"t1": 1.0}})
    page = html(build([run]))
    assert "<img src=x" not in page and page.count("&lt;img src=x onerror=alert(1)&gt;") >= 4


def test_a_points_tooltip_keeps_its_lines_and_shows_a_names_newline_as_its_escape(tmp_path):
    """Each tooltip is several lines (value, commit, run, setup): they were one line with a literal ``\\n`` between
    them, since the page writes a control character as its escape.  A newline inside a name stays an escape."""
    name = "two\nlines"
    runs = [stamp(fake_run(tmp_path / r, {name: {"t1": 1.0}}), r * 40, f"2026-01-0{i + 1}T00:00:00Z")
            for i, r in enumerate("ab")]
    titles = re.findall(r"<title>([^<]+)</title>", html(build(runs)))[1:]
    assert titles and all("\\n" not in t.replace("two\\nlines", "") for t in titles)
    lines = [t.split("\n") for t in titles]
    assert all(len(ls) >= 4 and ls[0].startswith("two\\nlines · ") for ls in lines[:-2]), lines
    assert any(ls[1].startswith("commit aaaaaaaaaaaa · 2026-01-01") for ls in lines)


def test_a_board_without_per_task_hashes_is_said_to_name_no_tasks(tmp_path):
    """Found as a user: against a schema-2 board (the committed results/leaderboard.json, no per-task hashes) the
    refusal listed "missing (suite)", as if "(suite)" were a task."""
    old = Path(__file__).parents[1] / "results" / "leaderboard.json"
    assert "task_hashes" not in json.loads(old.read_text())["meta"]
    new = stamp(_four(tmp_path, "a", 1.0), "a" * 40, "2027-01-01T00:00:00Z")
    res = invoke("history", old, new)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert f"{old} names no tasks, only its suite's hash " in res.stderr and "(suite)" not in res.stderr, res.stderr


def test_a_run_that_scored_fewer_tasks_breaks_the_line_and_says_which(tmp_path):
    """Found as a user: after a complete run of two tasks, an interrupted one with one task unscorable read
    `0.146` then `0.220 | -1.7% same`: the change was over the task both scored, the values beside it suite means
    over two tasks and one; nothing said the second run was incomplete.  A point whose scored tasks differ from
    the previous point's is another number: it starts a new line naming the tasks missing, and the run's notes
    say which tasks it could not score."""
    factors = {"m": {"t0": 1.0, "t1": 1.9}}
    a = stamp(fake_run(tmp_path / "a", factors, measure="instructions"), "a" * 40, "2026-01-01T00:00:00Z")
    b = stamp(interrupted(fake_run(tmp_path / "b", factors, measure="instructions"), "t1"), "b" * 40,
              "2026-01-02T00:00:00Z")
    assert set(json.loads((b / "leaderboard.json").read_text())["unscorable_tasks"]) == {"t1"}
    history = build([a, b])
    first, second = history.points["m"]
    assert second.values["eff@1"] != first.values["eff@1"]  # means over other tasks
    assert second.change is None and second.verdict == "" and second.line == 1, second
    assert "scored tasks: missing t1" in second.broke and "unscorable" in second.broke, second.broke
    again = build([a, stamp(fake_run(tmp_path / "c", factors, measure="instructions"), "c" * 40,
                             "2026-01-03T00:00:00Z")]).points["m"][1]
    assert again.broke == "" and again.verdict == "same"  # the same tasks scored: joined and judged as before
    text = markdown(history)
    assert "⚑ new line: scored tasks: missing t1" in text
    assert re.search(r"2\. \S+/b \(t1 not scored: expert reference not measured", text), text[-400:]
    assert "t1 not scored: expert reference not measured" in html(history)
