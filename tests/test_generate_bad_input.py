"""``effbench generate`` refuses bad input in one line, exit 2, before a single request is sent: a request costs
money and time, and what it buys must be usable by ``effbench run``.  Found by fuzzing the command line: a base URL
the client library cannot parse, a label ``effbench run`` refuses, and a resumed samples file that breaks the JSON
reader.  The server is tests/openai_standin.py (no real model can run here) where a test must show that nothing was
sent; elsewhere the URL points at a closed port, so a check made after the first request would say "cannot reach"
instead."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .openai_standin import serve
from .test_generate import GOOD, TASKS, free_port, gen_args, invoke, one_error_line


def closed_url() -> str:
    return f"http://127.0.0.1:{free_port()}/v1"


@pytest.mark.parametrize("url", ["http://[::1", "http://\x00/", "http://h\u2028/v1", "http://h:99999/v1",
                                 "http://h/v1 x", "ftp://h/v1", "http:///v1", "http://\u0660\u06f0/v1"])
def test_a_base_url_that_is_not_an_http_url_is_one_line(tmp_path, url):
    line = one_error_line(invoke("generate", "--model", "m", "--base-url", url, "-o", tmp_path / "g.jsonl",
                                 "--tasks", TASKS))
    assert "--base-url" in line
    assert not (tmp_path / "g.jsonl").exists()


@pytest.mark.sandbox
def test_a_bad_base_url_as_a_subprocess(tmp_path):
    done = subprocess.run([sys.executable, "-m", "effbench", "generate", "--model", "m", "--base-url", "http://[::1",
                           "-o", str(tmp_path / "g.jsonl"), "--tasks", TASKS],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("effbench: error: --base-url 'http://[::1': ")


@pytest.mark.parametrize("label", ["a\nb", "a\x00b", "a\u2028b", "a\ud800b", "a\x1b[31mb", " "])
def test_a_label_effbench_run_would_refuse_is_refused_first(tmp_path, label):
    line = one_error_line(invoke("generate", "--model", "m", "--base-url", closed_url(), "--label", label,
                                 "-o", tmp_path / "g.jsonl", "--tasks", TASKS))
    assert line.startswith("effbench: error: --label: 'model' ")


@pytest.mark.sandbox
def test_a_bad_label_sends_no_request(tmp_path):
    with serve(GOOD, tmp_path / "srv") as server:
        one_error_line(invoke(*gen_args(server, tmp_path / "g.jsonl", "--label", "coder\n1")))
        assert server.posts() == []


@pytest.mark.parametrize("line, reason", [
    ("[" * 100000 + "]" * 100000, "not a samples row (invalid JSON (nested too deeply))"),
    ('{"task_id": ' + "7" * 5000 + "}", "not a samples row (invalid JSON (a number with too many digits))"),
    ('{"task_id": "max-subarray-sum", "model": "m", "sample_id": "' + "7" * 5000 + '"}', "a row of model 'm' without"),
], ids=["nested", "long-int", "long-sample-id"])
def test_a_resumed_file_that_breaks_the_json_reader_names_its_line(tmp_path, line, reason):
    out = tmp_path / "g.jsonl"
    out.write_text('{"task_id": "x", "model": "other", "sample_id": "0", "solution": ""}\n' + line + "\n")
    before = out.read_text()
    got = one_error_line(invoke("generate", "--model", "m", "--base-url", closed_url(), "-o", out, "--tasks", TASKS))
    assert got.startswith(f"effbench: error: {out}:2: {reason}"), got
    assert out.read_text() == before


@pytest.mark.sandbox
@pytest.mark.parametrize("tasks", ["", " , ,"])
def test_tasks_naming_no_task_is_refused_not_taken_for_the_whole_suite(tmp_path, tasks):
    """``--tasks ""`` (an unset shell variable) was taken for no --tasks at all: a request for every task of the
    suite (103 of them, times --n), on a server that may bill each.  It is bad input, as it is for ``effbench run``
    (cli.options.ids), and nothing is sent."""
    with serve(GOOD, tmp_path / "srv") as server:
        line = one_error_line(invoke("generate", "--model", "coder-1", "--base-url", server.url, "-o",
                                     tmp_path / "g.jsonl", "--tasks", tasks))
        assert server.posts() == []
    assert line == f"effbench: error: --tasks {tasks!r}: names no task id"
    assert not (tmp_path / "g.jsonl").exists()
