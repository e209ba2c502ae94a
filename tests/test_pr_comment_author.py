"""``effbench pr-comment`` edits only a comment that effbench's own identity wrote.

Anyone who may comment on the pull request (a fork's author, whom the comparison judges) can post the hidden marker
first; effbench then edited that stranger's comment (or failed with 403 and never posted its own), and a quoted copy
of old results kept the real comment stale.  GitHub is faked (tests/github_standin.py, a local HTTP server) because
it cannot be reached here; the stand-in lets any token edit any comment, as a token with write access may."""
from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings, strategies as st

from effbench.reports.pr_comment import Target, find_comment, marker_of

from .github_standin import ACTIONS_BOT, serve
from .test_pr_comment import TOKEN, _one_line, _pr_comment

MARKER = marker_of("compare")
STRANGER = MARKER + "\nfork-author's words, quoting old figures"


def _calls(gh) -> list[tuple[str, str]]:
    return [(r["method"], r["path"]) for r in gh.log]


def test_a_strangers_marked_comment_is_left_alone_with_the_actions_token(tmp_path, monkeypatch):
    """The Actions token (GET /user refused as an integration): effbench's comments are github-actions[bot]'s."""
    with serve(TOKEN) as (gh, api):
        gh.add(7, STRANGER, login="fork-author")
        created = _pr_comment(tmp_path, monkeypatch, api, "--pr", "7")
        assert created.exit_code == 0 and "created the comment on owner/repo#7" in created.output, created.output
        updated = _pr_comment(tmp_path, monkeypatch, api, "--pr", "7")
        assert updated.exit_code == 0 and "updated the comment on owner/repo#7" in updated.output, updated.output
    stranger, mine = gh.comments[7]
    assert stranger["body"] == STRANGER and stranger["user"]["login"] == "fork-author"
    assert mine["user"]["login"] == ACTIONS_BOT and mine["body"] == MARKER + "\nx\n"
    comments = "/repos/owner/repo/issues/7/comments"
    patch = f"/repos/owner/repo/issues/comments/{mine['id']}"
    assert _calls(gh) == [("GET", comments), ("GET", "/user"), ("POST", comments),
                          ("GET", comments), ("GET", "/user"), ("PATCH", patch)]


def test_a_personal_token_updates_its_own_login_s_comment_only(tmp_path, monkeypatch):
    with serve(TOKEN, login="Alice") as (gh, api):
        gh.add(3, MARKER + "\nthe bot's", login=ACTIONS_BOT)
        gh.add(3, MARKER + "\nalice's old", login="alice")   # GitHub's logins are not case-sensitive
        res = _pr_comment(tmp_path, monkeypatch, api, "--pr", "3")
    assert res.exit_code == 0 and "updated" in res.output, res.output
    assert [c["body"] for c in gh.comments[3]] == [MARKER + "\nthe bot's", MARKER + "\nx\n"]


def test_author_names_a_github_apps_bot_and_github_is_not_asked_who_the_token_is(tmp_path, monkeypatch):
    with serve(TOKEN) as (gh, api):
        gh.add(5, MARKER + "\nthe actions bot's", login=ACTIONS_BOT)
        gh.add(5, MARKER + "\nthe app's old", login="my-app[bot]")
        res = _pr_comment(tmp_path, monkeypatch, api, "--pr", "5", "--author", "my-app[bot]")
    assert res.exit_code == 0 and "updated" in res.output, res.output
    assert [c["body"] for c in gh.comments[5]] == [MARKER + "\nthe actions bot's", MARKER + "\nx\n"]
    assert ("GET", "/user") not in _calls(gh)


def test_an_author_that_is_not_a_login_is_one_line_before_any_request(tmp_path, monkeypatch):
    with serve(TOKEN) as (gh, api):
        for bad in ("", "a b", "-x", "x[bot", "x/../y"):
            assert "--author" in _one_line(_pr_comment(tmp_path, monkeypatch, api, "--pr", "1", "--author", bad), 2)
    assert gh.log == []


def test_who_the_token_is_failing_otherwise_is_exit_3(tmp_path, monkeypatch):
    """A refusal of GET /user that is not the integration one (a rate limit) is not taken as the Actions token."""
    with serve(TOKEN, login="alice") as (gh, api):
        gh.add(2, MARKER + "\nold", login="alice")
        original = gh.handle

        def rate_limited(method, raw_path, headers, body):
            if raw_path == "/user":
                return 403, {"message": "API rate limit exceeded"}
            return original(method, raw_path, headers, body)
        gh.handle = rate_limited
        line = _one_line(_pr_comment(tmp_path, monkeypatch, api, "--pr", "2"), 3)
    assert "GET" in line and "/user: HTTP 403" in line and "rate limit" in line
    assert gh.comments[2][0]["body"] == MARKER + "\nold"


LOGINS = st.text(string.ascii_letters + string.digits + "-", min_size=1, max_size=12).filter(lambda s: s[0] != "-")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ours=LOGINS, theirs=st.lists(LOGINS, max_size=3), bot=st.booleans())
def test_only_a_comment_by_our_login_is_ever_found(ours, theirs, bot):
    ours = ours + "[bot]" if bot else ours
    with serve(TOKEN, login=ours) as (gh, api):
        target = Target(api, "owner/repo", 1, TOKEN)
        for login in theirs:
            gh.add(1, MARKER, login=login)
        expected = next((c["id"] for c in gh.comments.get(1, []) if c["user"]["login"].lower() == ours.lower()), None)
        assert find_comment(target, MARKER) == expected
        gh.add(1, MARKER, login=ours.upper())
        assert find_comment(target, MARKER) == (expected or gh.comments[1][-1]["id"])
