"""The HTML report's content: heatmaps linked to per-task sections, scores against k only where n >= k, marked
samples, stable colours, escaping, nothing external.

Synthetic run directories (test_compare's ``fake_run``: real scoring of fabricated timing records) where running is
not the point; the real process-sandbox run of test_reports for one page end to end (and in Chromium there)."""
from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from markupsafe import escape

from effbench.reports.board import merge
from effbench.reports.source import Source, load_source
from effbench.reports.html import heatmaps, html, task_anchor
from effbench.reports.plots import (LABEL_CHARS, LEGEND_MODELS, PALETTE, legend_label, model_colour, model_colours,
                                    plot_scores_vs_k, plot_task_times, sample_mark, score_curves)

from .conftest import FIXTURE_TASKS
from .test_compare import fake_run
from .test_reports import BOARD, FILES, chromium, errors, invoke, needs_chromium, real_run  # noqa: F401 (fixture)


def _page(run: Path) -> str:
    return html(load_source(run))


def _figure_facts(text: str, cls: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'data-([a-z-]+)="([^"]*)"', m))
            for m in re.findall(rf'<figure class="{cls}"([^>]*)>', text)]


@pytest.mark.slow  # a whole page with its plots
def test_page_has_every_view_and_nothing_external(tmp_path):
    run = fake_run(tmp_path / "a", {"good": {"t1": 1.0, "t2": 1.1}, "slow": {"t1": 3.0, "t2": 1.0}},
                   fail=(("good", "t2"),))
    assert errors(BOARD, json.loads((run / "leaderboard.json").read_text())) == []
    assert all(errors(FILES + "result", json.loads(line)) == []
               for line in (run / "results.jsonl").read_text().splitlines())
    text = _page(run)
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|url\(|@import|<link|<script src|<iframe", text)
    heat = re.findall(r'<table class="heat plot-heat" data-metric="([^"]+)"', text)
    assert heat == ["eff@1"]  # no tiers in this run: no DPS heatmap
    cells = re.findall(r'<td (?:class="none" )?(?:style="[^"]*" )?title="([^"]*)"[^>]*><a href="#([^"]+)">', text)
    assert len(cells) == 4  # 2 models x 2 tasks, each with its values on hover and a link
    ids = set(re.findall(r'<section class="task" id="([^"]+)"', text))
    assert ids == {task_anchor("t1"), task_anchor("t2")} and {a for _, a in cells} == ids
    assert any(t.startswith("slow · t1: eff@1 0.") and "1/1 passed" in t for t, _ in cells)
    assert len(_figure_facts(text, "plot-k")) == 1 and len(_figure_facts(text, "plot-task")) == 2
    for table in ("board", "detail levels", "detail samples"):
        assert f'<table class="{table}">' in text


@pytest.mark.slow  # a whole page with its plots
def test_stopped_failed_and_timed_out_samples_are_marked(tmp_path):
    run = fake_run(tmp_path / "a", {"good": {"t1": 1.0, "t2": 1.1}, "slow": {"t1": 3.0, "t2": 1.0}},
                   fail=(("good", "t2"),))
    text = _page(run)
    facts = {f["task"]: f for f in _figure_facts(text, "plot-task")}
    assert facts["t1"].get("marked-stopped") == "1" and "marked-failed" not in facts["t1"]  # slow: over T on level 2
    assert facts["t2"].get("marked-failed") == "1" and "marked-stopped" not in facts["t2"]  # good: wrong answer
    marks = re.findall(r'<tr data-mark="([a-z]*)"><td class="l"><span[^>]*></span>([^<]+)</td>', text)
    assert sorted(marks) == [("", "good"), ("", "slow"), ("failed", "good"), ("stopped", "slow")]
    assert "stopped at T on level 2" in text and "&gt; T" in text  # the level it did not finish, in the table


def test_timed_out_sample_is_marked_as_such():
    row = {"status": "failed", "level_times": [], "failure": "timeout on hand cases"}
    assert sample_mark(row, [1, 2]) == ("timeout", 1)
    assert sample_mark({**row, "failure": "wrong_answer on level 2 test 0", "level_times": [0.1, 0.2, None]},
                       [1, 2]) == ("failed", 2)
    assert sample_mark({"status": "passed", "level_times": [0.1, 0.2, 0.3]}, [1, 2]) == (None, None)
    assert sample_mark({"status": "infra", "level_times": []}, [1, 2]) == ("unmeasured", 1)


@pytest.mark.sandbox
def test_colours_are_stable_across_reports_and_processes(tmp_path):
    one = fake_run(tmp_path / "a", {"buggy": {"t1": 1.5}, "m1": {"t1": 1.0}})
    two = fake_run(tmp_path / "b", {"aaa": {"t1": 1.0}, "buggy": {"t1": 2.0}, "zzz": {"t1": 1.2}})

    def swatches(text):
        return dict((name, colour) for colour, name in
                    re.findall(r'<span class="swatch" style="background:(#[0-9a-f]{6})"></span>([^<]+)<', text))
    a, b = swatches(_page(one)), swatches(_page(two))
    assert set(a) == {"buggy", "m1"} and set(b) == {"aaa", "buggy", "zzz"}
    assert a["buggy"] == b["buggy"] == model_colour("buggy")  # other models differ; buggy's colour does not
    assert len(set(a.values())) == 2 and len(set(b.values())) == 3
    # not Python's salted hash(): another interpreter with another hash seed gives the same colour
    code = "from effbench.reports.plots import model_colour; print(model_colour('buggy'))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == model_colour("buggy")


@settings(max_examples=60, deadline=None)
@given(st.sets(st.text(min_size=1, max_size=12), min_size=1, max_size=25))
def test_one_report_never_gives_two_models_one_colour_while_colours_last(models):
    colours = model_colours(models)
    assert set(colours) == models and len(set(colours.values())) == min(len(models), len(PALETTE))
    if len(models) <= len(PALETTE):  # a model keeps its own colour unless a model before it in name order holds it
        for m in models:
            held = {colours[o] for o in models if o < m}
            assert (colours[m] == model_colour(m)) == (model_colour(m) not in held)


@pytest.mark.sandbox
def test_scores_against_k_only_where_every_task_has_k_samples(real_run):  # noqa: F811
    # two samples per model and task in the real run: k = 1, 2 and nothing beyond
    text = html(load_source(real_run))
    assert [f["ks"] for f in _figure_facts(text, "plot-k")] == ["1,2"]
    statement = (FIXTURE_TASKS / "prefix-max" / "problem.md").read_text().strip().splitlines()[0]
    assert escape(statement) in text  # the task's statement, recorded in run.json, in its section


def _rows(counts: dict[str, int], passed: int) -> list[dict]:
    """*passed* samples of each task pass, half of them at efficiency 0 (stopped at T: still correct)."""
    return [{"task_id": t, "model": "m", "status": "passed" if i < passed else "failed",
             "efficiency": 0.5 * (i % 2) if i < passed else 0.0} for t, n in counts.items() for i in range(n)]


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.sampled_from(["t1", "t2", "t3"]), st.integers(1, 6), min_size=1), st.integers(0, 6))
def test_no_point_for_k_above_any_tasks_sample_count(counts, passed):
    board = {"models": {"m": {"tasks": {t: {} for t in counts}, "eff@k": {}, "pass@k": {}}}}
    curves = score_curves(board, Source(board, "x", results=_rows(counts, passed)))["m"]
    for metric in ("eff@k", "pass@k"):
        assert [k for k, _ in curves[metric]] == list(range(1, min(counts.values()) + 1))
        assert all(0.0 <= v <= 1.0 for _, v in curves[metric])
    n = min(counts.values())
    assert curves["pass@k"][0][1] == pytest.approx(sum(min(passed, c) / c for c in counts.values()) / len(counts))
    assert curves["pass@k"][n - 1][1] >= curves["pass@k"][0][1]


def test_a_task_of_10000_samples_draws_a_bounded_curve():
    """Every k from 1 to n was computed (eff@k is O(n) per k) and given an x tick: the HTML report of a run with
    10,000 samples on one task took 142 s of CPU (703 s of wall time on a loaded machine, as an ordinary user);
    the markdown report of the same run 0.6 s."""
    board = {"models": {"m": {"tasks": {"t1": {}}, "eff@k": {}, "pass@k": {}}}}
    source = Source(board, "x", results=_rows({"t1": 10000}, 7000))
    start = time.process_time()
    curves = score_curves(board, source)["m"]
    plot = plot_scores_vs_k(board, source, {"m": "#000000"})
    assert time.process_time() - start < 20
    ks = [k for k, _ in curves["eff@k"]]
    assert ks[:10] == list(range(1, 11)) and ks[-1] == 10000 and len(ks) <= 45 and ks == sorted(set(ks))
    assert [k for k, _ in curves["pass@k"]] == ks and curves["eff@k"][0][1] == pytest.approx(0.35 / 2, abs=0.01)
    assert plot.facts["ks"] == ",".join(map(str, ks))


def test_leaderboard_points_with_k_above_n_are_absent(tmp_path):
    board_only = {"models": {"m": {"tasks": {"t1": {}}, "eff@k": {"1": 0.4, "2": 0.6, "5": None},
                                   "pass@k": {"1": 0.5, "2": 0.8, "5": None}}}}
    curves = score_curves(board_only, Source(board_only, "x"))["m"]
    assert curves == {"eff@k": [(1, 0.4), (2, 0.6)], "pass@k": [(1, 0.5), (2, 0.8)]}


def test_dps_heatmap_when_a_task_has_dps():
    entry = {"n": 3, "passed": 2, "eff@k": {"1": 0.5}, "pass@k": {"1": 0.66}}
    board = {"models": {"m": {"eff@k": {"1": 0.5}, "tasks": {"t1": {**entry, "dps": 70.4}, "t2": entry}}}}
    eff, dps = heatmaps(board, ["t1", "t2"], linked={"t1"}, colours={"m": "#000000"})
    assert eff["metric"] == "eff@1" and dps["metric"] == "DPS"
    t1, t2 = dps["rows"][0]["cells"]
    assert t1["value"] == 70.4 and t1["anchor"] == task_anchor("t1") and "DPS 70.4" in t1["title"]
    assert t2["value"] is None and t2["anchor"] is None and "eff@1 0.500" in t2["title"]  # no section to link to
    assert [c["value"] for c in eff["rows"][0]["cells"]] == [0.5, 0.5]


@pytest.mark.slow  # a whole page with its plots
def test_sample_controlled_text_is_escaped(tmp_path):
    run = fake_run(tmp_path / "a", {"<img src=x onerror=alert(1)>": {"t1": 1.0}})
    text = _page(run)
    assert "<img src=x" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text


@pytest.mark.slow  # a whole page with its plots
def test_cli_writes_the_page(tmp_path):
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    res = invoke("report", run, "--format", "html", "-o", tmp_path / "r.html")
    assert res.exit_code == 0, res.stderr
    assert '<section class="task" id="task-t1">' in (tmp_path / "r.html").read_text()


# ---------------------------------------------------------------- in headless Chromium
PROBE = """<script>window.addEventListener("load", function () {
  var imgs = [].slice.call(document.images);
  document.body.setAttribute("data-resources",
    JSON.stringify(performance.getEntriesByType("resource").map(function (e) { return e.name; })));
  document.body.setAttribute("data-images", imgs.filter(function (i) {
    return i.complete && i.naturalWidth >= 800; }).length + "/" + imgs.length);
});</script></body>"""


@pytest.mark.sandbox
@needs_chromium
def test_page_in_chromium_fetches_nothing_and_shows_every_plot(tmp_path):
    """The browser's own resource timing lists every request the page made (an <img> or stylesheet pointing
    outside shows up there even when it fails); every plot must decode at a readable width (>= 800 px)."""
    run = fake_run(tmp_path / "a", {"good": {"t1": 1.0, "t2": 1.1}, "slow": {"t1": 3.0, "t2": 1.0}},
                   fail=(("good", "t2"),))
    page = tmp_path / "page.html"
    page.write_text(_page(run).replace("</body>", PROBE))
    res = chromium("--dump-dom", "--virtual-time-budget=5000", page.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    body = re.search(r"<body([^>]*)>", res.stdout).group(1)
    assert 'data-resources="[]"' in body and 'data-images="3/3"' in body  # scores vs k, two tasks
    for needle in ('class="heat plot-heat"', '<section class="task" id="task-t1">', 'data-mark="stopped"'):
        assert needle in res.stdout
    shot = tmp_path / "shot.png"
    res = chromium(f"--screenshot={shot}", "--window-size=1280,2400", page.as_uri())
    assert res.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


@pytest.mark.slow  # a whole page with its plots
def test_separate_sections_each_get_their_views(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}})
    b = fake_run(tmp_path / "b", {"m2": {"t1": 1.0}}, measure="instructions")
    (tmp_path / "s.json").write_text(json.dumps(merge([a, b], separate=True)))
    text = _page(tmp_path / "s.json")
    assert "Section 1: cpu" in text and "Section 2: instructions" in text
    assert text.count('data-metric="eff@1"') == 2 and text.count('class="plot-k"') == 2
    assert "<section" not in text  # a leaderboard file has no per-sample results


@pytest.mark.slow  # a whole page with its plots
def test_a_statement_and_a_failures_traceback_keep_their_lines(tmp_path):
    """A task's statement and a failed sample's detail are shown in blocks that keep line breaks (``pre``): they
    showed as one line with a literal ``\\n`` between lines, written as the escape a name's newline gets."""
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0}, "bad": {"t1": 1.0}}, fail=(("bad", "t1"),))
    meta = json.loads((run / "run.json").read_text())
    meta["tasks"]["t1"]["statement"] = "First paragraph.\n\n    indented <code>\n"
    (run / "run.json").write_text(json.dumps(meta))
    rows = [json.loads(line) for line in (run / "results.jsonl").read_text().splitlines()]
    for row in rows:
        if row["model"] == "bad":
            row["detail"] = "Traceback (most recent call last):\n  File \"<solution>\"\nValueError: \u202ex"
    (run / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    text = _page(run)
    assert '<pre class="statement">First paragraph.\n\n    indented &lt;code&gt;\n</pre>' in text
    detail = re.search(r'<td class="detailtext"[^>]*>([^<]*)</td>', text).group(1)
    assert detail.endswith("Traceback (most recent call last):\n  File &#34;&lt;solution&gt;&#34;\n"
                           "ValueError: \\u202ex")  # its lines kept; a format character still its escape



def _png_size(uri: str) -> tuple[int, int]:
    png = base64.b64decode(uri.split(",", 1)[1])
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


@pytest.mark.slow  # 30 models' run and two plots
def test_a_long_name_and_many_models_keep_the_plots_readable(tmp_path):
    """A legend entry per model, at full length: a 300-character name made the plot image 3400 pixels wide (the
    plot itself a strip in its corner), and a leaderboard of 3000 models a 70,000-pixel-tall image that took 85 s
    to draw.  The legend now names the first models (best first), each name cut short, and says how many more."""
    models = {("x" * 300 if i == 0 else f"m{i:02d}"): {"t1": 1.0 + i / 10} for i in range(30)}
    source = load_source(fake_run(tmp_path / "a", models, repeats=1))
    colours = model_colours(models)
    for plot in (plot_scores_vs_k(source.board, source, colours), plot_task_times("t1", source, colours)):
        width, height = _png_size(plot.uri)
        assert width < 1800 and height < 900, (plot.cls, width, height)
        assert plot.facts["legend"] == f"{LEGEND_MODELS} of 30"
    assert legend_label("x" * 300) == "x" * (LABEL_CHARS - 1) + "…" and legend_label("_a$") == r" _a\$"
