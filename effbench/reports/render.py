"""``effbench report``: one function from a run directory or leaderboard file to the text of a report format."""
from __future__ import annotations

import json
from pathlib import Path

FORMATS = ("md", "html", "benchmark-json", "pytest-benchmark")


def render(path: Path, fmt_name: str) -> str:
    """The report of *path* in *fmt_name* (md, html, benchmark-json or pytest-benchmark) as text.  Each format's
    module is imported here, when it is asked for: the command line imports this module for :data:`FORMATS`, its
    option's choices, at start-up (``effbench --help``), and reading a source needs numpy's scoring."""
    from effbench.reports.source import ReportError, load_source
    source = load_source(path)
    if fmt_name == "md":
        from effbench.reports.markdown import markdown
        return markdown(source)
    if fmt_name == "benchmark-json":
        from effbench.reports.benchmark_json import benchmark_json
        return json.dumps(benchmark_json(source), indent=2) + "\n"
    if fmt_name == "html":
        from effbench.reports.html import html
        return html(source)
    if fmt_name == "pytest-benchmark":
        from effbench.reports.pytest_benchmark import pytest_benchmark_json
        return json.dumps(pytest_benchmark_json(source), indent=2) + "\n"
    raise ReportError(f"unknown report format {fmt_name!r} (md, html, benchmark-json, pytest-benchmark)")
