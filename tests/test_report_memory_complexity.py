"""Memory ratios and complexity classes in the Markdown and HTML reports: columns and per-task classes when the run
has them, nothing when it has not.

Synthetic run directories (test_compare's ``fake_run``, real scoring) with chosen memory factors and sweeps whose
fit gives chosen classes; the page in headless Chromium, as the other HTML tests do, for nothing fetched."""
from __future__ import annotations

import json
import re

import pytest

from effbench.reports.board import merge
from effbench.reports.html import html
from effbench.reports.markdown import markdown
from effbench.reports.source import load_source

from .test_compare import fake_run
from .test_reports import chromium, needs_chromium

MODELS = {"lean": {"t1": 1.0, "t2": 1.0}, "greedy": {"t1": 1.2, "t2": 1.1}}
MEMORY = {"lean": {"t1": 1.0, "t2": 2.0}, "greedy": {"t1": 10.0, "t2": 4.0}}
CLASSES = {"lean": {"t1": "n", "t2": "n"}, "greedy": {"t1": "n^2", "t2": "n log n"}}
EXTERNAL = r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|url\(|@import|<link|<script src|<iframe"


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mc")
    return (fake_run(tmp / "with", MODELS, noise=0.0, memory=MEMORY, classes=CLASSES),
            fake_run(tmp / "without", MODELS, noise=0.0))


def _row(text: str, model: str) -> list[str]:
    line = next(line for line in text.splitlines() if line.startswith(f"| {model} |"))
    return [c.strip() for c in line.strip("|").split("|")]


def test_markdown_has_memory_columns_and_classes_beside_the_experts(runs):
    text = markdown(load_source(runs[0]))
    head = _row(text, "model")
    for column in ("NMU", "NPTMU", "cx<=expert"):
        assert column in head
    greedy = dict(zip(head, _row(text, "greedy")))
    assert greedy["NMU"].startswith("7.00 [")  # (10 + 4) / 2, with its interval over tasks
    assert greedy["cx<=expert"] == "0.00" and dict(zip(head, _row(text, "lean")))["cx<=expert"] == "1.00"
    assert "lower is better, 1 is the expert" in text and "in instructions mode" in text
    classes = text[text.index("Complexity classes per task"):]
    header = _row(classes, "task")
    assert header[:2] == ["task", "expert"] and set(header[2:]) == {"lean", "greedy"}
    t1 = dict(zip(header, _row(classes, "t1")))
    assert t1 == {"task": "t1", "expert": "n", "lean": "n", "greedy": "**n^2**"}  # bold: worse than the expert


def test_markdown_without_them_has_none(runs):
    text = markdown(load_source(runs[1]))
    for absent in ("NMU", "cx<=expert", "Complexity classes", "memory"):
        assert absent not in text


def test_merged_boards_report_them_too(runs, tmp_path):
    other = fake_run(tmp_path / "o", {"third": {"t1": 1.0}}, noise=0.0)
    (tmp_path / "lb.json").write_text(json.dumps(merge([runs[0], other])))
    text = markdown(load_source(tmp_path / "lb.json"))
    assert _row(text, "third")[-3:] == ["–", "–", "–"]  # no memory, no classes: dashes, not zeros
    assert "| t2 | n | n | **n log n** |" in text


@pytest.mark.slow  # a whole page with its plots
def test_html_has_the_columns_and_the_class_table_and_stays_self_contained(runs):
    text = html(load_source(runs[0]))
    assert not re.search(EXTERNAL, text)
    head = re.search(r'<table class="board"><thead><tr>(.*?)</tr>', text).group(1)
    assert re.findall(r"<th>([^<]*)</th>", head)[-3:] == ["NMU", "NPTMU", "cx&lt;=expert"]
    table = re.search(r'<table class="detail classes">(.*?)</table>', text, re.S).group(1)
    assert table.count('<td class="l worse">') == 2 and "n log n" in table
    assert 'class="detail classes"' not in html(load_source(runs[1]))


@pytest.mark.sandbox
@needs_chromium
def test_html_in_chromium_fetches_nothing(runs, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(html(load_source(runs[0])).replace("</body>", """<script>window.addEventListener("load",
    function () { document.body.setAttribute("data-resources", JSON.stringify(
    performance.getEntriesByType("resource").map(function (e) { return e.name; }))); });</script></body>"""))
    res = chromium("--dump-dom", "--virtual-time-budget=5000", page.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    assert 'data-resources="[]"' in re.search(r"<body([^>]*)>", res.stdout).group(1)
    assert '<table class="detail classes">' in res.stdout
