"""``effbench generate`` against a model server that misbehaves on the wire: a head sent a byte at a time, and
more (see each test).  No hosted model can run here: the server is the stand-in of tests/openai_standin.py, a
separate process on 127.0.0.1 reached through the real ``openai`` client and network stack."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from .openai_standin import serve
from .test_generate import MSS, PSC, fenced, gen_args, rows, rule

pytestmark = pytest.mark.sandbox  # every test here starts the stand-in server and effbench as processes


def generate(server, out, *more, limit: float = 60) -> subprocess.CompletedProcess:
    """effbench generate as a process; a hang past *limit* fails the test (TimeoutExpired), not the suite."""
    return subprocess.run([sys.executable, "-m", "effbench", *map(str, gen_args(server, out, *more))],
                          capture_output=True, text=True, timeout=limit)


def test_a_head_trickled_slower_than_the_timeout_is_a_timeout(tmp_path):
    """--timeout bounds an attempt's whole reply, its head included.  The deadline was enforced on the body alone:
    the HTTP library times each read of the head, so a server (or a proxy) that sent its status line and headers
    a byte at a time held the request as long as it liked (here about 40 s against --timeout 1; a stuck one for
    ever).  The attempt now ends at its deadline and is retried as any timeout."""
    out = tmp_path / "s.jsonl"
    script = {"rules": [rule(MSS, {"trickle_head": 0.2, **fenced(MSS)}), rule(PSC, fenced(PSC))]}
    with serve(script, tmp_path / "srv") as server:
        started = time.monotonic()
        done = generate(server, out, "--timeout", 1, "--retries", 0, limit=30)
        took = time.monotonic() - started
    assert done.returncode == 3, done.stderr
    assert "no answer within the timeout after every retry" in done.stderr
    assert [r["task_id"] for r in rows(out)] == [PSC.id]
    assert took < 20, took  # start-up (the openai import) and one attempt of 1 s, not the head's 40 s


def test_a_huge_reply_is_refused_not_held_and_written(tmp_path):
    """The client library holds a reply whole before it is parsed: a server that sent 300 MB had generate take
    about 1 GB and write a 300 MB row into the samples file.  A reply is now read to MAX_REPLY_BYTES at most, and
    one over it is a malformed reply (one line, exit 2), as a reply that is not JSON is."""
    from effbench.generate.deadline import MAX_REPLY_BYTES
    out = tmp_path / "s.jsonl"
    script = {"rules": [rule(PSC, fenced(PSC)), rule(MSS, {"pad": MAX_REPLY_BYTES + 1, **fenced(MSS)})]}
    with serve(script, tmp_path / "srv") as server:
        done = generate(server, out, "--retries", 0, "--concurrency", 1)
    assert done.returncode == 2, done.stderr
    assert f"malformed reply (a reply over {MAX_REPLY_BYTES // 2 ** 20} MiB)" in done.stderr, done.stderr
    # a malformed reply stops generate (README): what it wrote before is kept, and nothing of the huge reply
    kept = [r["task_id"] for r in rows(out)] if out.exists() else []
    assert MSS.id not in kept
    assert not out.exists() or out.stat().st_size < 1_000_000


def test_a_retry_after_longer_than_the_client_waits_is_said(tmp_path):
    """A 429 whose Retry-After is longer than the client library waits (two minutes) is not retried at all; the
    message said '429 after every retry' after one request, leaving the user to guess why.  It now names the wait
    the server asked for, and the other samples are kept for a rerun."""
    out = tmp_path / "s.jsonl"
    script = {"rules": [rule(MSS, {"status": 429, "headers": {"Retry-After": "86400"}}), rule(PSC, fenced(PSC))]}
    with serve(script, tmp_path / "srv") as server:
        done = generate(server, out, "--retries", 2)
        posts = [p for p in server.posts() if "max_subarray" in str(p["body"])]
    assert done.returncode == 3, done.stderr
    assert len(posts) == 1  # as asked: no retry within the day it named
    assert "429 (retried as often as allowed; the server's last Retry-After: 86400 s" in done.stderr, done.stderr
    assert [r["task_id"] for r in rows(out)] == [PSC.id]


def test_sigterm_keeps_the_samples_received_and_says_so_with_exit_143(tmp_path):
    """SIGTERM (a cancelled CI job, ``timeout``) mid-generate: the samples received are kept, as for Ctrl-C, but the
    command said 'interrupted' and exited 130, where every other command says 'terminated (SIGTERM)', 143."""
    out = tmp_path / "s.jsonl"
    script = {"rules": [rule(MSS, {"delay": 60, **fenced(MSS)}), rule(PSC, fenced(PSC))]}
    with serve(script, tmp_path / "srv") as server:
        proc = subprocess.Popen([sys.executable, "-m", "effbench", *map(str, gen_args(server, out))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (out.exists() and out.read_text()):
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=15)
    assert proc.returncode == 143, stderr
    assert stderr.strip().splitlines()[-1] == (f"effbench: terminated (SIGTERM); the samples received are in {out} "
                                               "(rerun the same command to fill in the rest)"), stderr
    assert [r["task_id"] for r in rows(out)] == [PSC.id]
