"""``effbench compare --format md`` as a pull-request comment, and ``effbench pr-comment`` posting it.

GitHub is faked (tests/github_standin.py: a local HTTP server that checks each request) because GitHub cannot be
reached here; everything on effbench's side is real: the CLI through CliRunner and as a subprocess, urllib, the
action's steps run with bash as a runner would (tests/action_harness.py)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.reports.compare import compare
from effbench.reports.compare_md import format_markdown
from effbench.reports.pr_comment import LIMIT, body_with_marker, marker_of

from .github_standin import ACTIONS_BOT, serve
from .action_harness import COMMON, SOL, run_action, samples_command
from .test_compare import fake_run

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "ghs_standin_token"


def _env(api: str, event: Path | None = None, **more) -> dict:
    env = {"GITHUB_TOKEN": TOKEN, "GITHUB_API_URL": api, "GITHUB_REPOSITORY": "owner/repo"}
    if event is not None:
        env["GITHUB_EVENT_PATH"] = str(event)
    return {**env, **more}


def _event(tmp_path: Path, number: int) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"action": "synchronize", "pull_request": {"number": number}}))
    return path


# ---------------------------------------------------------------- the comment body
def test_markdown_comment_has_summary_model_table_and_folded_tasks(tmp_path):
    tasks = {f"t{i}": 1.0 for i in range(4)}
    base = fake_run(tmp_path / "a", {"m": tasks, "n": tasks}, measure="instructions")
    new = fake_run(tmp_path / "b", {"m": {**tasks, "t1": 1.6}, "n": tasks}, measure="instructions")
    rows = compare(base, new, 0.05)
    text = format_markdown(rows, 0.05)
    lines = text.splitlines()
    assert lines[0] == "## effbench compare"
    assert lines[2].startswith("**❌ 2 regression(s), 0 improvement(s)** beyond 5.0%")  # m on t1, and m's suite
    models = [line for line in lines if re.match(r"\| [mn] \| [0-9.]+ \| [0-9.]+ \|", line)]
    assert len(models) == 2
    m_row = next(line for line in models if line.startswith("| m |"))
    assert m_row.endswith("| yes (deterministic) | **REGRESSION** | 1 regression: t1 |"), m_row
    assert next(line for line in models if line.startswith("| n |")).endswith("| same | – |")
    # one folded block per task, the regressed task first
    summaries = re.findall(r"<details><summary>([^<:]+): ([^<]+)</summary>", text)
    assert [t for t, _ in summaries] == ["t1", "t0", "t2", "t3"] and summaries[0][1] == "regression, same"
    assert text.count("<details>") == text.count("</details>") == 4
    assert re.search(r"\| m \| t1 \| instructions @ level 2 \|.*\*\*REGRESSION\*\*", text)


def test_markdown_comment_through_the_cli(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, seed=1)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.0}}, seed=2)
    res = CliRunner().invoke(main, ["compare", str(base), str(new), "--format", "md"])
    assert res.exit_code == 0, res.output
    assert "**✅ no significant change**" in res.output and "<details><summary>t1: same</summary>" in res.output


def test_body_keeps_the_marker_and_fits_githubs_limit():
    marker = marker_of("compare")
    long = "x" * (LIMIT * 2)
    body = body_with_marker(long, marker, footer="see the run")
    assert body.startswith(marker) and len(body) <= LIMIT and body.rstrip().endswith("see the run")
    assert "cut to GitHub's comment size limit" in body
    short = body_with_marker("hello", marker)
    assert short == f"{marker}\nhello\n"


def test_a_cut_comment_ends_on_a_whole_line_outside_any_folded_block():
    """A comparison over GitHub's limit was cut mid-line: mid-row of a table, and inside a task's ``<details>``
    block, which then folded away the note that the comment was cut, and the footer with the run's link."""
    row = "| m | t | time/expert @ level 3 | 1.01 | 1.02 | +1.0% | 0.4 | same | Mann-Whitney U, 6 vs 6 runs |"
    block = ["<details><summary>t: same</summary>", "", "| model | task |", "|---|---|", *[row] * 40, "",
             "</details>", ""]
    text = "\n".join(["## effbench compare", ""] + block * 40)
    assert len(text) > LIMIT
    body = body_with_marker(text, marker_of("compare"), footer="see the run")
    assert len(body) <= LIMIT
    cut = body[:body.index("\n\n… (cut")]
    assert cut.count("<details>") == cut.count("</details>"), cut[-300:]
    assert cut.endswith("</details>") and row + "\n\n</details>" in cut[-200:]  # the last row kept whole
    assert body.rstrip().endswith("see the run")


# ---------------------------------------------------------------- posting (GitHub faked)
def test_first_call_creates_second_updates_the_same_comment(tmp_path, monkeypatch):
    body = tmp_path / "c.md"
    with serve(TOKEN) as (gh, api):
        gh.add(7, "an unrelated review comment")
        for key, value in _env(api, _event(tmp_path, 7), GITHUB_SERVER_URL="https://github.invalid",
                               GITHUB_RUN_ID="42").items():
            monkeypatch.setenv(key, value)
        body.write_text("## effbench compare\n\nfirst\n")
        res = CliRunner().invoke(main, ["pr-comment", str(body)])
        assert res.exit_code == 0, res.output + res.stderr
        assert "created the comment on owner/repo#7" in res.output
        body.write_text("## effbench compare\n\nsecond\n")
        res = CliRunner().invoke(main, ["pr-comment", str(body)])
        assert res.exit_code == 0 and "updated the comment on owner/repo#7" in res.output
    methods = [(r["method"], r["path"]) for r in gh.log]
    created = gh.comments[7][1]["id"]
    assert methods == [("GET", "/repos/owner/repo/issues/7/comments"), ("POST", "/repos/owner/repo/issues/7/comments"),
                       ("GET", "/repos/owner/repo/issues/7/comments"), ("GET", "/user"),
                       ("PATCH", f"/repos/owner/repo/issues/comments/{created}")]
    assert all(r["auth"] == f"Bearer {TOKEN}" and r["version"] == "2022-11-28" for r in gh.log)
    assert len(gh.comments[7]) == 2 and gh.comments[7][0]["body"] == "an unrelated review comment"
    mine = gh.comments[7][1]["body"]
    assert mine.startswith(marker_of("compare")) and "second" in mine and "first" not in mine
    assert "[workflow run 42](https://github.invalid/owner/repo/actions/runs/42)" in mine


@pytest.mark.sandbox
def test_marker_is_found_on_a_later_page_and_markers_keep_comments_apart(tmp_path):
    body = tmp_path / "c.md"
    body.write_text("timing job\n")
    with serve(TOKEN) as (gh, api):
        for i in range(130):
            gh.add(3, f"chatter {i}")
        gh.add(3, marker_of("compare") + "\nold figures", login=ACTIONS_BOT)
        env = {**os.environ, **_env(api), "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "effbench", "pr-comment", str(body), "--pr", "3"]
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
        assert res.returncode == 0, res.stderr
        assert "updated" in res.stdout
        res = subprocess.run(cmd + ["--marker", "timing"], capture_output=True, text=True, env=env, timeout=60)
        assert res.returncode == 0 and "created" in res.stdout, res.stderr
    pages = [r["query"].get("page") for r in gh.log if r["method"] == "GET"]
    assert pages[:2] == ["1", "2"]
    bodies = [c["body"] for c in gh.comments[3]]
    assert bodies[130] == marker_of("compare") + "\ntiming job\n"
    assert bodies[131].startswith(marker_of("timing")) and len(bodies) == 132


@pytest.mark.parametrize("drop, message", [("GITHUB_TOKEN", "GITHUB_TOKEN is not set"),
                                           ("GITHUB_REPOSITORY", "is not owner/name"),
                                           ("GITHUB_EVENT_PATH", "no pull request")])
def test_missing_token_repository_or_pull_request_is_one_line(tmp_path, monkeypatch, drop, message):
    body = tmp_path / "c.md"
    body.write_text("x\n")
    for key, value in _env("http://127.0.0.1:9", _event(tmp_path, 5)).items():
        if key != drop:
            monkeypatch.setenv(key, value)
        else:
            monkeypatch.delenv(key, raising=False)
    res = CliRunner().invoke(main, ["pr-comment", str(body)])
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and message in res.stderr, res.stderr


def test_api_refusal_is_one_line_exit_3_and_the_token_is_not_printed(tmp_path, monkeypatch):
    body = tmp_path / "c.md"
    body.write_text("x\n")
    with serve(TOKEN) as (gh, api):
        gh.fail_with = 403
        for key, value in _env(api).items():
            monkeypatch.setenv(key, value)
        res = CliRunner().invoke(main, ["pr-comment", str(body), "--pr", "9"])
    assert res.exit_code == 3 and res.stderr.count("\n") == 1
    assert "HTTP 403" in res.stderr and TOKEN not in res.stderr + res.output


def test_wrong_token_is_refused_by_the_standin(tmp_path, monkeypatch):
    """The stand-in checks the token, so the create/update test above would fail if effbench sent none."""
    body = tmp_path / "c.md"
    body.write_text("x\n")
    with serve("another") as (gh, api):
        for key, value in _env(api).items():
            monkeypatch.setenv(key, value)
        res = CliRunner().invoke(main, ["pr-comment", str(body), "--pr", "9"])
    assert res.exit_code == 3 and "HTTP 401" in res.stderr and not gh.comments


# ---------------------------------------------------------------- bad input, and replies GitHub never sends
# found by fuzzing the command line: each was a traceback, or went into the API's URL as it was
def _pr_comment(tmp_path: Path, monkeypatch, api: str, *args: str, **env):
    body = tmp_path / "c.md"
    body.write_text("x\n")
    for key, value in _env(api, **env).items():
        monkeypatch.setenv(key, value)
    return CliRunner().invoke(main, ["pr-comment", str(body), *args])


def _one_line(res, code: int) -> str:
    assert res.exit_code == code, (res.exit_code, res.output, res.stderr, res.exception)
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("effbench: error: "), res.stderr
    return res.stderr


@pytest.mark.parametrize("event, message", [
    ({"pull_request": "x"}, "no pull request"), ({"pull_request": {"number": "7"}, "issue": [1]}, "no pull request"),
    ("[" * 100000 + "]" * 100000, "invalid JSON (nested too deeply)"),
    ('{"pull_request": {"number": ' + "7" * 5000 + "}}", "invalid JSON (a number with too many digits)"),
])
def test_an_event_file_without_a_pull_request_is_one_line(tmp_path, monkeypatch, event, message):
    path = tmp_path / "event.json"
    path.write_text(event if isinstance(event, str) else json.dumps(event))
    line = _one_line(_pr_comment(tmp_path, monkeypatch, "http://127.0.0.1:9", GITHUB_EVENT_PATH=str(path)), 2)
    assert message in line


@pytest.mark.parametrize("api", ["http://[::1", "http://\x1b/", "http://api github.invalid", "file:///etc"])
def test_an_api_url_that_is_not_an_http_url_is_one_line(tmp_path, monkeypatch, api):
    assert "GITHUB_API_URL" in _one_line(_pr_comment(tmp_path, monkeypatch, api, "--pr", "1"), 2)


@pytest.mark.parametrize("repository", ["../..", "o/r?x=1#", "o/r/issues", "o/.", "o /r", "-o/r", "o/r\n", "o/r%2f"])
def test_a_repository_that_is_not_owner_name_never_reaches_the_url(tmp_path, monkeypatch, repository):
    with serve(TOKEN) as (gh, api):
        line = _one_line(_pr_comment(tmp_path, monkeypatch, api, "--pr", "1", "--repository", repository), 2)
    assert "is not owner/name" in line and gh.log == []


def test_github_names_are_accepted(tmp_path, monkeypatch):
    with serve(TOKEN, "my-org_x/My.Repo-2_") as (gh, api):
        res = _pr_comment(tmp_path, monkeypatch, api, "--pr", "1", "--repository", "my-org_x/My.Repo-2_")
    assert res.exit_code == 0, res.stderr
    assert gh.log[0]["path"] == "/repos/my-org_x/My.Repo-2_/issues/1/comments"


@pytest.mark.parametrize("marker", ["-->", "a--b", "x>", "<!--"])
def test_a_marker_that_would_end_the_hidden_comment_is_refused(tmp_path, monkeypatch, marker):
    with serve(TOKEN) as (gh, api):
        line = _one_line(_pr_comment(tmp_path, monkeypatch, api, "--pr", "1", "--marker", marker), 2)
    assert "--marker" in line and gh.log == []


MARKED = marker_of("compare") + "\nold"


@pytest.mark.parametrize("method, reply", [
    ("GET", [{"body": MARKED}]), ("GET", [{"body": MARKED, "id": "abc"}]), ("GET", [{"body": MARKED, "id": True}]),
    ("GET", [{"body": MARKED, "id": -1}]), ("GET", {"message": "hi"}), ("GET", b"[" * 100000 + b"]" * 100000),
    ("GET", b"[" + b"7" * 5000 + b"]"), ("GET", b"\xff\xfe["), ("POST", [1, 2]), ("POST", "str"),
    ("POST", {"html_url": 5}),
], ids=["no-id", "text-id", "bool-id", "negative-id", "object", "nested", "long-int", "not-utf8", "list", "string",
        "url-not-text"])
def test_a_reply_github_never_sends_is_one_line_exit_3(tmp_path, monkeypatch, method, reply):
    with serve(TOKEN) as (gh, api):
        gh.raw[method] = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
        line = _one_line(_pr_comment(tmp_path, monkeypatch, api, "--pr", "1"), 3)
    assert f"GitHub API {method} {api}/repos/owner/repo/issues/" in line
    assert "not what GitHub sends" in line or "invalid JSON" in line, line
    assert [r["method"] for r in gh.log] == (["GET"] if method == "GET" else ["GET", "POST"])


@pytest.mark.sandbox
def test_a_reply_github_never_sends_as_a_subprocess(tmp_path):
    body = tmp_path / "c.md"
    body.write_text("x\n")
    with serve(TOKEN) as (gh, api):
        gh.raw["GET"] = json.dumps([{"body": MARKED}]).encode()
        done = subprocess.run([sys.executable, "-m", "effbench", "pr-comment", str(body), "--pr", "4"],
                              capture_output=True, text=True, env={**os.environ, **_env(api), "PYTHONPATH": str(ROOT)},
                              timeout=60)
    assert done.returncode == 3 and done.stderr.count("\n") == 1, done.stderr
    assert "not what GitHub sends (a comment without an integer id)" in done.stderr


@pytest.mark.sandbox
# ---------------------------------------------------------------- the action's comment step
def test_action_posts_then_updates_one_comment(baseline_run, tmp_path):
    """The action's steps, run as a runner would, on a pull_request event: the first push creates the comment, the
    second updates it; the job still fails on the regression after commenting."""
    base_dir = baseline_run["work"] / baseline_run["outputs"]["run-dir"]
    with serve(TOKEN) as (gh, api):
        env = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": str(_event(tmp_path, 11)),
               "GITHUB_API_URL": api, "GITHUB_REPOSITORY": "owner/repo"}
        inputs = {**COMMON, "baseline": str(base_dir), "comment-token": TOKEN}
        # the fork's author posts the marker first: effbench must neither edit it nor be kept from its own comment
        gh.add(11, marker_of("effbench-results") + "\nnot effbench's", login="fork-author")
        first = run_action({**inputs, "samples-command": samples_command("rescan.py")}, _dir(tmp_path / "one"),
                           runner_env=env)
        assert first["status"] == 1 and "::error::effbench: regression" in first["log"], first["log"]
        assert len(gh.comments[11]) == 2 and gh.comments[11][1]["user"]["login"] == ACTIONS_BOT
        first_body = gh.comments[11][1]["body"]
        assert "❌" in first_body and "**REGRESSION**" in first_body
        second = run_action({**inputs, "samples-command": samples_command("loop.py"), "fail-on-regression": "false"},
                            _dir(tmp_path / "two"), runner_env=env)
        assert second["status"] == 0, second["log"]
    assert len(gh.comments[11]) == 2  # updated, not another comment
    assert gh.comments[11][0]["body"] == marker_of("effbench-results") + "\nnot effbench's"
    body = gh.comments[11][1]["body"]
    assert body.startswith(marker_of("effbench-results")) and body != first_body
    compare_md = (tmp_path / "two" / "effbench-results" / "compare.md").read_text()
    assert body == f"{marker_of('effbench-results')}\n{compare_md.rstrip()}\n"  # the second run's comparison
    assert [(r["method"], r["path"].rsplit("/", 1)[-1]) for r in gh.log] == [
        ("GET", "comments"), ("GET", "user"), ("POST", "comments"), ("GET", "comments"), ("GET", "user"),
        ("PATCH", str(gh.comments[11][1]["id"]))]


@pytest.mark.sandbox
def test_action_with_an_apps_token_updates_the_apps_comment_named_by_comment_author(baseline_run, tmp_path):
    """A GitHub App's installation token is refused GET /user, as the Actions token is, but posts as the app's bot:
    the comment-author input names it, so the app's comment from an earlier push is updated, not a fork author's
    marked one, and no second comment of the app's is added."""
    base_dir = baseline_run["work"] / baseline_run["outputs"]["run-dir"]
    marker = marker_of("effbench-results")
    with serve(TOKEN, bot="my-app[bot]") as (gh, api):
        env = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": str(_event(tmp_path, 12)),
               "GITHUB_API_URL": api, "GITHUB_REPOSITORY": "owner/repo"}
        gh.add(12, marker + "\nnot effbench's", login="fork-author")
        gh.add(12, marker + "\nthe last push's figures", login="my-app[bot]")
        res = run_action({**COMMON, "baseline": str(base_dir), "comment-token": TOKEN,
                          "comment-author": "my-app[bot]", "fail-on-regression": "false",
                          "samples-command": samples_command("loop.py")}, _dir(tmp_path / "one"), runner_env=env)
    assert res["status"] == 0 and "updated the comment" in res["log"], res["log"]
    assert [c["user"]["login"] for c in gh.comments[12]] == ["fork-author", "my-app[bot]"]
    assert gh.comments[12][0]["body"] == marker + "\nnot effbench's"
    compare_md = (tmp_path / "one" / "effbench-results" / "compare.md").read_text()
    assert gh.comments[12][1]["body"] == f"{marker}\n{compare_md.rstrip()}\n"
    assert [r["method"] for r in gh.log] == ["GET", "PATCH"]  # named: GET /user is not asked


@pytest.mark.sandbox
def test_action_makes_no_comment_without_a_token_or_off_a_pull_request(baseline_run, tmp_path):
    base_dir = baseline_run["work"] / baseline_run["outputs"]["run-dir"]
    with serve(TOKEN) as (gh, api):
        env = {"GITHUB_EVENT_NAME": "push", "GITHUB_API_URL": api, "GITHUB_REPOSITORY": "owner/repo"}
        # cpu timings of the same samples may still differ significantly on one task; what is tested is the comment
        # step, so a timing verdict must not fail the job here.
        res = run_action({**COMMON, "samples": "s.jsonl", "baseline": str(base_dir), "comment-token": TOKEN,
                          "fail-on-regression": "false"}, _with_samples(tmp_path), runner_env=env)
    assert res["status"] == 0 and "not a pull_request event (push), no comment" in res["log"], res["log"]
    assert gh.log == []


def _with_samples(work: Path) -> Path:
    (work / "s.jsonl").write_text(json.dumps(
        {"task_id": "prefix-max", "model": "mine", "solution": (SOL / "loop.py").read_text()}) + "\n")
    return work


def _dir(path: Path) -> Path:
    path.mkdir()
    return path
