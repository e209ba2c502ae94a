"""``effbench generate`` end to end, against a stand-in for a model server: no real model can run here, so each test
starts tests/openai_standin.py as a separate process on 127.0.0.1 that speaks the OpenAI chat and completions API
with scripted replies, errors, slow answers and rate limits.  effbench talks to it through the real ``openai``
client over the network stack, via click's CliRunner and as a subprocess, and the samples go on into
``effbench run`` on two fast tasks of the built-in suite."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.tasks.task import default_tasks_dir, load_suite

from .openai_standin import serve

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

TASKS = "max-subarray-sum,pair-sum-count"
SUITE = {t.id: t for t in load_suite(default_tasks_dir(), TASKS.split(","))}
MSS, PSC = SUITE["max-subarray-sum"], SUITE["pair-sum-count"]


def fenced(task) -> dict:
    return {"content": f"Here is an efficient solution:\n\n```python\n{task.expert.code}```\n\nIt runs in O(n)."}


def bare(task) -> dict:
    return {"content": f"Sure.\n{task.expert.code}\nThat is all."}


def rule(task, *replies: dict) -> dict:
    return {"match": f"def {task.entry_point}(", "replies": list(replies)}


GOOD = {"rules": [rule(MSS, fenced(MSS)), rule(PSC, fenced(PSC))], "models": ["coder-1"], "served_as": "coder-1-q4"}


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def gen_args(server, out, *more, model="coder-1"):
    return ["generate", "--model", model, "--base-url", server.url, "--tasks", TASKS, "-o", out, *more]


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def one_error_line(res, code: int = 2) -> str:
    assert res.exit_code == code, (res.exit_code, res.output, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("effbench: error: "), res.stderr
    return lines[0]


# ---------------------------------------------------------------- replies
def test_chat_rows_record_model_sampling_prompt_server_model_and_usage(tmp_path):
    with serve(dict(GOOD, key="sk-good"), tmp_path / "srv") as server:
        res = invoke(*gen_args(server, tmp_path / "s.jsonl", "--n", 2, "--prompt", "efficient", "--temperature",
                               0.2, "--top-p", 0.9, "--max-tokens", 300, "--seed", 40, "--api-key-env", "MY_KEY"),
                     env={"MY_KEY": "sk-good"})
        assert res.exit_code == 0, res.output + res.stderr
        posts = server.posts()
    assert len(posts) == 4 and all(p["auth"] == "Bearer sk-good" for p in posts)
    assert all(p["path"] == "/v1/chat/completions" for p in posts)
    body = posts[0]["body"]
    assert (body["model"], body["temperature"], body["top_p"], body["max_tokens"]) == ("coder-1", 0.2, 0.9, 300)
    assert "as efficient as possible" in body["messages"][0]["content"]
    assert sorted(p["body"]["seed"] for p in posts) == [40, 40, 41, 41]
    got = rows(tmp_path / "s.jsonl")
    assert [(r["task_id"], r["sample_id"]) for r in got] == [(MSS.id, "0"), (MSS.id, "1"), (PSC.id, "0"), (PSC.id, "1")]
    for r in got:
        task = SUITE[r["task_id"]]
        assert r["model"] == "coder-1" and r["server_model"] == "coder-1-q4" and r["extraction"] == "fenced"
        assert r["solution"] == task.expert.code and r["request_seed"] == 40 + int(r["sample_id"])
        assert r["generator"] == {"model": "coder-1", "prompt": "efficient", "prompt_sha": r["generator"]["prompt_sha"],
                                  "api": "chat", "temperature": 0.2, "top_p": 0.9, "max_tokens": 300, "seed": 40}
        assert r["usage"]["completion_tokens"] > 0 and r["usage"]["total_tokens"] > r["usage"]["completion_tokens"]
    assert "4 sample(s) of coder-1" in res.output and "0 without usable code" in res.output


@pytest.mark.parametrize("bad", [{"completion_tokens": -2}, {"completion_tokens": 10 ** 30},
                                 {"completion_tokens": 2.5}, {"completion_tokens": True}, {"prompt_tokens": "7"}],
                         ids=["negative", "huge", "float", "bool", "string"])
def test_a_usage_with_a_count_that_is_no_count_is_left_out_of_the_row_and_the_summary(tmp_path, bad):
    """Found as a user: a server's usage of -2 completion tokens (or 10^30) was recorded and summed into the
    summary ('-2 completion tokens').  Such a usage is taken as none, as a model name of the wrong type is; the
    reply itself is kept, and the other reply's usage is summed as before."""
    usage = {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}
    script = {"rules": [rule(MSS, {**fenced(MSS), "usage": {**usage, **bad}}),
                        rule(PSC, {**fenced(PSC), "usage": {**usage, "prompt_tokens_details": {"cached_tokens": 0},
                                                            "queue_time": 0.25}})]}
    with serve(script, tmp_path / "srv") as server:
        res = invoke(*gen_args(server, tmp_path / "s.jsonl"))
    assert res.exit_code == 0, res.output + res.stderr
    by_task = {r["task_id"]: r for r in rows(tmp_path / "s.jsonl")}
    assert by_task[MSS.id]["usage"] is None and by_task[MSS.id]["solution"] == MSS.expert.code
    assert by_task[PSC.id]["usage"] == usage
    assert "(0 without usable code; 3 completion tokens, 5 prompt tokens, 8 total tokens)" in res.output, res.output


def test_completions_api_continues_the_function_head_and_no_code_is_a_marked_row(tmp_path):
    body = MSS.expert.code.split(":\n", 1)[1]  # what a base model writes after the head: the body
    script = {"rules": [rule(MSS, {"content": body}), rule(PSC, {"content": "I am not sure how to do this."})]}
    with serve(script, tmp_path / "srv") as server:
        res = invoke(*gen_args(server, tmp_path / "s.jsonl", "--api", "completions", "--prompt", "head"))
        assert res.exit_code == 0, res.output + res.stderr
        assert {p["path"] for p in server.posts()} == {"/v1/completions"}
        assert all(p["body"]["prompt"] == SUITE[t].prompt + "\n" for p, t in
                   zip(sorted(server.posts(), key=lambda p: "count_pairs" in p["body"]["prompt"]), [MSS.id, PSC.id]))
    first, second = rows(tmp_path / "s.jsonl")
    assert first["extraction"] == "completion" and first["solution"] == MSS.prompt + body
    assert second["extraction"] == "none" and second["reply"] == "I am not sure how to do this."
    assert "count_pairs" in second["no_code"] and "1 without usable code" in res.output


# ---------------------------------------------------------------- errors, retries, timeouts
def gaps(posts: list[dict], task) -> list[float]:
    times = [p["t"] for p in posts if f"def {task.entry_point}(" in json.dumps(p["body"])]
    return [b - a for a, b in zip(times, times[1:])]


def test_rate_limits_server_errors_and_slow_answers_are_retried(tmp_path):
    limited = {"status": 429, "headers": {"Retry-After": "0.6"}}
    script = {"rules": [rule(MSS, limited, limited, {"status": 503}, fenced(MSS)),
                        rule(PSC, {"delay": 3, **fenced(PSC)}, fenced(PSC))]}
    with serve(script, tmp_path / "srv") as server:
        res = invoke(*gen_args(server, tmp_path / "s.jsonl", "--timeout", 1, "--concurrency", 2))
        assert res.exit_code == 0, res.output + res.stderr
        posts = server.posts()
    assert [p["status"] for p in posts if "max_subarray" in json.dumps(p["body"])] == [429, 429, 503, 200]
    waits = gaps(posts, MSS)
    assert waits[0] >= 0.55 and waits[1] >= 0.55, waits  # the server's Retry-After, honoured
    assert waits[2] >= 1.0, waits  # no Retry-After with the 503: exponential back-off (0.5 s doubled per retry)
    assert len(gaps(posts, PSC)) == 1  # the slow answer timed out once, the retry got the fast one
    assert [r["solution"] for r in rows(tmp_path / "s.jsonl")] == [MSS.expert.code, PSC.expert.code]


def test_a_server_failing_after_every_retry_keeps_the_rest_and_a_rerun_fills_the_gap(tmp_path):
    out = tmp_path / "s.jsonl"
    broken = {"rules": [rule(MSS, {"status": 500}), rule(PSC, fenced(PSC))]}
    with serve(broken, tmp_path / "srv1") as server:
        res = invoke(*gen_args(server, out, "--retries", 1))
        line = one_error_line(res, 3)
        assert "1 request(s) failed after 1 retries" in line and "500" in line and "rerun" in line
        assert len([p for p in server.posts() if "max_subarray" in json.dumps(p["body"])]) == 2
    assert [r["task_id"] for r in rows(out)] == [PSC.id]
    with serve(GOOD, tmp_path / "srv2") as server:
        res = invoke(*gen_args(server, out))
        assert res.exit_code == 0, res.output + res.stderr
        assert [p["body"]["messages"][0]["content"].count("max_subarray_sum") > 0 for p in server.posts()] == [True]
    assert [r["task_id"] for r in rows(out)] == [MSS.id, PSC.id]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    out = tmp_path / "s.jsonl"
    line = one_error_line(invoke("generate", "--model", "m", "--base-url", f"http://127.0.0.1:{free_port()}/v1",
                                 "-o", out, "--tasks", TASKS))
    assert "cannot reach the model server at http://127.0.0.1:" in line
    done = subprocess.run([sys.executable, "-m", "effbench", "generate", "--model", "m", "--base-url",
                           f"http://127.0.0.1:{free_port()}/v1", "-o", str(out), "--tasks", TASKS],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("effbench: error: cannot reach the model server")
    with serve(dict(GOOD, key="sk-good"), tmp_path / "srv") as server:
        line = one_error_line(invoke(*gen_args(server, out), env={"OPENAI_API_KEY": "sk-bad"}))
        assert "rejected the API key (401" in line
        line = one_error_line(invoke(*gen_args(server, out, model="nope"), env={"OPENAI_API_KEY": "sk-good"}))
        assert "404 for model 'nope'" in line and "it serves coder-1" in line
        assert "does not exist" in line
        line = one_error_line(invoke(*gen_args(server, out, "--api-key-env", "UNSET_VAR_XYZ")))
        assert "UNSET_VAR_XYZ" in line
        line = one_error_line(invoke("generate", "--model", "coder-1", "--base-url", server.url, "-o", out,
                                     "--tasks", "no-such-task"))
        assert "unknown task id(s) no-such-task" in line
        line = one_error_line(invoke(*gen_args(server, out, "--prompt", "fancy")))
        assert "unknown prompt 'fancy'" in line
        assert not [p for p in server.posts() if p["status"] == 200]
    for reply in ({"body": "<html>gateway</html>"}, {"body": json.dumps({"object": "chat.completion"})}):
        with serve({"default": [reply]}, tmp_path / "srv-bad") as server:
            line = one_error_line(invoke(*gen_args(server, out)))
            assert "malformed reply, not an OpenAI chat response" in line
    assert not out.exists() or rows(out) == []


# ---------------------------------------------------------------- resume and order
def test_resume_fills_only_missing_pairs_and_refuses_other_settings(tmp_path):
    out = tmp_path / "s.jsonl"
    with serve(GOOD, tmp_path / "srv") as server:
        assert invoke(*gen_args(server, out, "--n", 2)).exit_code == 0
        first = out.read_text()
        assert len(server.posts()) == 4
        res = invoke(*gen_args(server, out, "--n", 3))
        assert res.exit_code == 0 and len(server.posts()) == 6
        assert sorted((p["body"]["messages"][0]["content"].count("count_pairs") > 0) for p in server.posts()[4:]) \
            == [False, True]
        assert [(r["task_id"], r["sample_id"]) for r in rows(out)] == \
            [(MSS.id, "0"), (MSS.id, "1"), (MSS.id, "2"), (PSC.id, "0"), (PSC.id, "1"), (PSC.id, "2")]
        assert all(line in out.read_text() for line in first.splitlines())
        res = invoke(*gen_args(server, out, "--n", 3))
        assert res.exit_code == 0 and "nothing to do" in res.output and len(server.posts()) == 6
        line = one_error_line(invoke(*gen_args(server, out, "--n", 3, "--temperature", 0)))
        assert "other settings (temperature 0.8 here, 0.0 now)" in line and len(server.posts()) == 6
        res = invoke(*gen_args(server, out, "--temperature", 0, "--label", "coder-1-greedy"))
        assert res.exit_code == 0 and len(server.posts()) == 8
    assert sorted({r["model"] for r in rows(out)}) == ["coder-1", "coder-1-greedy"]


def test_order_is_deterministic_under_concurrency(tmp_path):
    script = {"rules": [rule(MSS, {"delay": 0.3, **fenced(MSS)}, fenced(MSS)),
                        rule(PSC, fenced(PSC), {"delay": 0.2, **fenced(PSC)}, fenced(PSC))]}
    texts = []
    for attempt, concurrency in enumerate((8, 1)):
        with serve(script, tmp_path / f"srv{attempt}") as server:
            res = invoke(*gen_args(server, tmp_path / f"s{attempt}.jsonl", "--n", 4, "--concurrency", concurrency))
            assert res.exit_code == 0, res.output + res.stderr
        texts.append((tmp_path / f"s{attempt}.jsonl").read_text())
    assert texts[0] == texts[1]


AS_FROM_A_TERMINAL = ("import runpy, signal, sys\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"
                      "sys.argv[0] = 'effbench'\nrunpy.run_module('effbench', run_name='__main__')\n")


def test_ctrl_c_keeps_every_received_sample_and_a_rerun_resumes(tmp_path):
    """A real SIGINT to a real process: the fast task's samples arrived, the slow one's never will."""
    out = tmp_path / "s.jsonl"
    script = {"rules": [rule(MSS, {"delay": 60, **fenced(MSS)}), rule(PSC, fenced(PSC))]}
    with serve(script, tmp_path / "srv") as server:
        # As from a terminal: Ctrl-C's default disposition.  A test run started in the background (`cmd &`,
        # nohup) has SIGINT ignored, which children inherit and Python then leaves alone, so the signal was lost.
        proc = subprocess.Popen([sys.executable, "-c", AS_FROM_A_TERMINAL, *map(str, gen_args(server, out, "--n", 3,
                                                                                          "--concurrency", 4))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not out.exists() or len(out.read_text().splitlines()) < 3):
            time.sleep(0.05)
        assert len(rows(out)) == 3, "the fast task's samples did not arrive"
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=15)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and str(out) in stderr
    assert [(r["task_id"], r["sample_id"]) for r in rows(out)] == [(PSC.id, "0"), (PSC.id, "1"), (PSC.id, "2")]
    with serve(GOOD, tmp_path / "srv2") as server:
        assert invoke(*gen_args(server, out, "--n", 3)).exit_code == 0
        assert len(server.posts()) == 3 and all("max_subarray_sum" in json.dumps(p["body"]) for p in server.posts())
    assert [(r["task_id"], r["sample_id"]) for r in rows(out)] == [(t, str(i)) for t in (MSS.id, PSC.id)
                                                                   for i in range(3)]



def test_a_reply_trickled_slower_than_the_timeout_is_a_timeout(tmp_path):
    """--timeout bounds an attempt, but the HTTP library's timeouts are per read: a server (or a proxy) that sent
    its reply a byte at a time kept the request going as long as it liked (here minutes against --timeout 1; for
    ever from a stuck one).  The attempt now ends at its deadline and is retried as any timeout."""
    out = tmp_path / "s.jsonl"
    script = {"rules": [rule(MSS, {"trickle": 0.25, **fenced(MSS)}), rule(PSC, fenced(PSC))]}
    with serve(script, tmp_path / "srv") as server:
        done = subprocess.run([sys.executable, "-m", "effbench", *map(str, gen_args(server, out, "--timeout", 1,
                                                                                     "--retries", 0))],
                              capture_output=True, text=True, timeout=90)  # a hang fails the test, not the suite
    assert done.returncode == 3, done.stderr
    assert "no answer within the timeout after every retry" in done.stderr
    assert [r["task_id"] for r in rows(out)] == [PSC.id]


def test_the_environments_http_proxy_is_used(tmp_path):
    """A model server reached through a proxy named in the environment, as openai's default client honours it.
    The client that bounds each attempt (generate.deadline) was given a transport of its own, and an httpx client
    with a transport ignores HTTP(S)_PROXY: every request went straight to a host only the proxy reaches, 'cannot
    reach the model server'.  Here the stand-in is the proxy and the server's host does not exist (.invalid)."""
    out = tmp_path / "s.jsonl"
    unset = {name: None for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                                     "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")}
    with serve(GOOD, tmp_path / "srv") as proxy:
        res = invoke("generate", "--model", "coder-1", "--base-url", "http://model-server.invalid/v1", "--tasks",
                     TASKS, "-o", out, env={**unset, "http_proxy": proxy.url.removesuffix("/v1")})
        assert res.exit_code == 0, res.output + res.stderr
        assert len(proxy.posts()) == 2
    assert sorted(r["task_id"] for r in rows(out)) == sorted([MSS.id, PSC.id])


# ---------------------------------------------------------------- generate && run
@pytest.mark.slow
def test_generate_then_run_gives_a_leaderboard_row_named_after_the_model(tmp_path):
    """The README's two steps as one shell line, in subprocesses: the model's row, with the samples that had no
    code counted as failed (3 samples per task: a fenced answer, a bare one, no code)."""
    no_code = {"content": "Sorry, I can only describe the idea: use a hash map."}
    script = {"rules": [rule(MSS, fenced(MSS), bare(MSS), no_code), rule(PSC, fenced(PSC), bare(PSC), no_code)],
              "models": ["org/coder-1"]}  # a slash, as in vLLM's model names
    with serve(script, tmp_path / "srv") as server:
        line = (f"{sys.executable} -m effbench generate --model org/coder-1 --base-url {server.url} --tasks {TASKS} "
                f"--n 3 --concurrency 1 -o samples.jsonl && {sys.executable} -m effbench run samples.jsonl "
                f"--tasks {TASKS} --measure cpu --repeats 1 --k 1,3 --quiet --out run --leaderboard board.json")
        done = subprocess.run(["bash", "-c", line], cwd=tmp_path, capture_output=True, text=True, timeout=600,
                              env=dict(os.environ))
    assert done.returncode == 0, done.stdout + done.stderr
    board = json.loads((tmp_path / "board.json").read_text())
    assert list(board["models"]) == ["org/coder-1"]
    model = board["models"]["org/coder-1"]
    assert model["n_samples"] == 6 and model["n_tasks"] == 2
    assert model["pass@k"]["1"] == pytest.approx(2 / 3) and model["pass@k"]["3"] == pytest.approx(1.0)
    results = [json.loads(line) for line in (tmp_path / "run" / "results.jsonl").read_text().splitlines()]
    failed = [r for r in results if r["status"] != "passed"]
    assert sorted(r["sample_id"] for r in failed) == ["2", "2"]
    assert all("no usable code in the reply" in r["detail"] for r in failed)


def test_a_generate_step_is_the_actions_samples_command(tmp_path):
    """action.yml's samples-command, run the way a runner runs it, as `effbench generate` against the stand-in."""
    from .conftest import FIXTURE_TASKS
    from .action_harness import COMMON, run_action

    loop = (FIXTURE_TASKS / "prefix-max" / "solutions" / "loop.py").read_text()
    with serve({"default": [{"content": f"```python\n{loop}```"}]}, tmp_path / "srv") as server:
        command = (f"python3 -m effbench generate --model coder-1 --base-url {server.url} --tasks prefix-max "
                   f"--tasks-dir {FIXTURE_TASKS} --quiet -o \"$EFFBENCH_SAMPLES\"")
        res = run_action({**COMMON, "samples-command": command}, tmp_path)
    assert res["status"] == 0, res["log"]
    board = json.loads((tmp_path / res["outputs"]["leaderboard"]).read_text())
    assert board["models"]["coder-1"]["pass@k"]["1"] == 1.0
    assert "| coder-1 | 1 | 1 |" in res["summary"]


def test_code_is_extracted_on_the_calling_thread_only(tmp_path, monkeypatch):
    """ast.parse is not thread-safe in CPython 3.11 (concurrent calls failed with 'SystemError: AST constructor
    recursion depth mismatch' at concurrency 8): the request threads must hand replies back unparsed."""
    import threading

    import effbench.generate.jobs as jobs

    threads = set()
    real = jobs.extract

    def spy(*args, **kwargs):
        threads.add(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, "extract", spy)
    with serve(GOOD, tmp_path / "srv") as server:
        res = invoke(*gen_args(server, tmp_path / "s.jsonl", "--n", 4, "--concurrency", 8))
    assert res.exit_code == 0, res.output + res.stderr
    assert threads == {threading.current_thread().name}
