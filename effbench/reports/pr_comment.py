"""``effbench pr-comment BODY``: post a Markdown file as a pull-request comment, or update the one posted before.

One comment per pull request (and per ``--marker``, for a workflow with several effbench jobs): the body carries a
hidden HTML marker, and a later push finds the comment by that marker and edits it instead of adding another, so
the conversation shows the latest figures once rather than one comment per push.

Only a comment written by effbench's own identity is a candidate: anyone who may comment on the pull request (a
fork's author, whom the comparison judges) can post the marker text too, and effbench then edited *their* comment
(overwriting a stranger's words where the token may, failing with 403 where it may not, so the real result was never
posted) or left its own comment stale behind a quoted copy.  The identity is ``--author``, else the token's own login
(``GET /user``), else, for the Actions token that ``GET /user`` refuses as an integration, ``github-actions[bot]``.

The GitHub REST API is spoken with urllib (list the issue's comments page by page, ask who the token is when a
marked comment is found, then create one or update one), at the address in ``GITHUB_API_URL`` (set by Actions;
GitHub Enterprise servers have another one), with the token from ``GITHUB_TOKEN``, never from the command line,
where other users of the machine could read it.  The pull request is ``--pr`` or the one of the event that started
the workflow (``GITHUB_EVENT_PATH``).
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from effbench.version import __version__
from effbench.errors import EffbenchError, InfrastructureError
from effbench.jsonfile import loads, read
from effbench.urls import check_http_url

DEFAULT_API = "https://api.github.com"
LIMIT = 65536      # GitHub refuses a comment body longer than this many characters
PER_PAGE = 100
MAX_PAGES = 50     # 5000 comments: a pull request with more is not one this comment should search to the end of
# GitHub's owner (user or organisation; managed users have an underscore) and repository names: nothing else may
# reach the API's path, where '..', '?' or '#' would address another resource
REPOSITORY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9._-]+")
UNEXPECTED = "the reply is not what GitHub sends"
# a login as GitHub spells one: a user's or organisation's name, or an app's bot ("name[bot]")
LOGIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(\[bot\])?")
# who wrote a comment made with the Actions GITHUB_TOKEN; '[' may not appear in a user's login, so no one can be it
ACTIONS_BOT = "github-actions[bot]"
# GitHub's answer to GET /user with an installation token (the Actions GITHUB_TOKEN is one)
INTEGRATION = "Resource not accessible by integration"


class CommentError(EffbenchError):
    """What is needed to post is missing or malformed (no token, no pull request, no repository)."""


class GitHubError(InfrastructureError):
    """The API answered with an error (its HTTP status in *status*), or could not be reached."""

    def __init__(self, message: str, status: int | None = None, detail: str = ""):
        super().__init__(message)
        self.status, self.detail = status, detail


@dataclass(frozen=True)
class Target:
    api: str
    repository: str     # owner/name
    number: int
    token: str


def marker_of(name: str) -> str:
    """The hidden HTML comment that finds our comment again; *name* must not end it early (``-->``), or the rest
    of the marker and the body's first line would show, and the next push would not find the comment."""
    if "--" in name or ">" in name:
        raise CommentError(f"--marker {name!r}: must not hold '--' or '>' (it goes inside an HTML comment)")
    return f"<!-- effbench-pr-comment:{name} -->"


def author_of(login: str) -> str:
    """``--author``, checked before anything is asked of GitHub: a typo would match no comment, and each push would
    then post another one."""
    if not LOGIN.fullmatch(login):
        raise CommentError(f"--author {login!r}: not a GitHub login (e.g. octocat or my-app[bot])")
    return login


def body_with_marker(text: str, marker: str, footer: str = "") -> str:
    """The marker first (so truncation never drops it), then the text, cut to GitHub's limit with a note."""
    tail = f"\n\n{footer}\n" if footer else "\n"
    body = f"{marker}\n{text.rstrip()}{tail}"
    if len(body) <= LIMIT:
        return body
    note = "\n\n… (cut to GitHub's comment size limit; the full comparison is in the job summary)\n"
    keep = _cut(text, LIMIT - len(marker) - len(note) - len(tail) - 1)
    return f"{marker}\n{keep}{note}{footer}\n" if footer else f"{marker}\n{keep}{note}"


def _cut(text: str, size: int) -> str:
    """*text* cut to at most *size* characters at the end of a line, and a ``<details>`` block left open closed:
    a cut mid-line broke a table's row, and one inside a block folded away what follows (the note, the footer)."""
    closing = "\n\n</details>"
    keep = text[:size - len(closing)]
    keep = (keep[:keep.rfind("\n")] if "\n" in keep else keep).rstrip()
    opened = sum(line.startswith("<details>") for line in keep.splitlines())
    closed = sum(line.startswith("</details>") for line in keep.splitlines())
    return keep + closing if opened > closed else keep


def target_from_env(env: dict, pr: int | None = None, repository: str | None = None) -> Target:
    token = env.get("GITHUB_TOKEN", "")
    if not token:
        raise CommentError("GITHUB_TOKEN is not set (give the job's token, with permission pull-requests: write)")
    repository = repository or env.get("GITHUB_REPOSITORY", "")
    if not REPOSITORY.fullmatch(repository) or repository.split("/")[1] in (".", ".."):
        raise CommentError(f"repository {repository!r} is not owner/name (set --repository or GITHUB_REPOSITORY)")
    if pr is None:
        pr = _event_number(env.get("GITHUB_EVENT_PATH", ""))
    if pr is None or pr < 1:
        raise CommentError("no pull request: pass --pr N, or run on a pull_request event (GITHUB_EVENT_PATH)")
    api = check_http_url((env.get("GITHUB_API_URL") or DEFAULT_API).rstrip("/"), "GITHUB_API_URL")
    return Target(api, repository, pr, token)


def _event_number(path: str) -> int | None:
    if not path:
        return None
    event = read(Path(path), CommentError, f"GITHUB_EVENT_PATH {path}")
    for key in ("pull_request", "issue"):
        item = event.get(key) if isinstance(event, dict) else None
        number = item.get("number") if isinstance(item, dict) else None
        if isinstance(number, int) and not isinstance(number, bool):
            return number
    return None


def _call(target: Target, method: str, url: str, payload: dict | None = None):
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": f"Bearer {target.token}", "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28", "User-Agent": f"effbench/{__version__}",
        **({"Content-Type": "application/json"} if data is not None else {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            reply = response.read() or b"null"
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:200].decode(errors="replace").strip()
        raise GitHubError(f"GitHub API {method} {url}: HTTP {exc.code} {detail}", exc.code, detail) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise GitHubError(f"GitHub API {method} {url}: {getattr(exc, 'reason', exc)}") from None
    return loads(reply, f"GitHub API {method} {url}: {UNEXPECTED}", GitHubError)


def _unexpected(method: str, url: str, what: str) -> GitHubError:
    """A reply in a shape GitHub never sends (a proxy, a stand-in, another service at GITHUB_API_URL): the remote
    side failed, so exit 3 as for an HTTP error, in one line rather than a KeyError or AttributeError."""
    return GitHubError(f"GitHub API {method} {url}: {UNEXPECTED} ({what})")


def _comment(reply, method: str, url: str) -> dict:
    """A comment object as GitHub sends it: a positive integer id, an html_url that is text."""
    if not isinstance(reply, dict):
        raise _unexpected(method, url, f"a {type(reply).__name__}, not a comment object")
    number = reply.get("id")
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise _unexpected(method, url, "a comment without an integer id")
    if not isinstance(reply.get("html_url", ""), str):
        raise _unexpected(method, url, "a comment whose html_url is not text")
    return reply


def token_login(target: Target) -> str:
    """Who the token writes as: its login from ``GET /user``; the Actions token, which that refuses as an
    integration, writes as ``github-actions[bot]``.  (A GitHub App's installation token is refused the same way but
    writes as its own bot: that setup names it with ``--author``.)"""
    url = f"{target.api}/user"
    try:
        user = _call(target, "GET", url)
    except GitHubError as exc:
        if exc.status == 403 and INTEGRATION in exc.detail:
            return ACTIONS_BOT
        raise
    login = user.get("login") if isinstance(user, dict) else None
    if not isinstance(login, str) or not login:
        raise _unexpected("GET", url, "a user without a login")
    return login


def _author(comment: dict) -> str:
    """The comment's author's login, or "" where GitHub sends none (a deleted account's comment has user null)."""
    user = comment.get("user")
    login = user.get("login") if isinstance(user, dict) else None
    return login if isinstance(login, str) else ""


def find_comment(target: Target, marker: str, author: str | None = None) -> int | None:
    """The id of the first comment on the pull request whose body holds *marker* and that *author* (default: the
    token's identity, asked only once a marked comment is seen) wrote; a marked comment by anyone else is ignored."""
    base = f"{target.api}/repos/{target.repository}/issues/{target.number}/comments"
    for page in range(1, MAX_PAGES + 1):
        url = f"{base}?per_page={PER_PAGE}&page={page}"
        comments = _call(target, "GET", url)
        if not isinstance(comments, list):
            raise _unexpected("GET", url, f"a {type(comments).__name__}, not a list of comments")
        for comment in comments:
            if isinstance(comment, dict) and marker in str(comment.get("body", "")):
                number = _comment(comment, "GET", url)["id"]
                author = author or token_login(target)
                if _author(comment).casefold() == author.casefold():
                    return number
        if len(comments) < PER_PAGE:
            return None
    return None


def post(target: Target, text: str, marker: str, footer: str = "", author: str | None = None) -> tuple[str, str]:
    """Create or update the comment (only one *author*, default the token's identity, wrote); returns
    ("created" | "updated", its html_url)."""
    body = body_with_marker(text, marker, footer)
    existing = find_comment(target, marker, author)
    if existing is None:
        url = f"{target.api}/repos/{target.repository}/issues/{target.number}/comments"
        made = _comment(_call(target, "POST", url, {"body": body}), "POST", url)
        return "created", made.get("html_url", "")
    url = f"{target.api}/repos/{target.repository}/issues/comments/{existing}"
    made = _comment(_call(target, "PATCH", url, {"body": body}), "PATCH", url)
    return "updated", made.get("html_url", "")


def run_link(env: dict) -> str:
    """A link to the workflow run (its artifacts hold the HTML report), when run in Actions."""
    server, repo, run = env.get("GITHUB_SERVER_URL"), env.get("GITHUB_REPOSITORY"), env.get("GITHUB_RUN_ID")
    if not (server and repo and run):
        return ""
    return (f"Reports (HTML, leaderboard, run directory): artifacts of [workflow run {run}]"
            f"({server}/{repo}/actions/runs/{run})")
