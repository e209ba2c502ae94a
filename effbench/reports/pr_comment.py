"""``effbench pr-comment BODY``: post a Markdown file as a pull-request comment, or update the one posted before.

One comment per pull request (and per ``--marker``, for a workflow with several effbench jobs): the body carries a
hidden HTML marker, and a later push finds the comment by that marker and edits it instead of adding another, so
the conversation shows the latest figures once rather than one comment per push.

The GitHub REST API is spoken with urllib (three calls: list the issue's comments page by page, then create one or
update one), at the address in ``GITHUB_API_URL`` (set by Actions; GitHub Enterprise servers have another one), with
the token from ``GITHUB_TOKEN``, never from the command line, where other users of the machine could read it.  The
pull request is ``--pr`` or the one of the event that started the workflow (``GITHUB_EVENT_PATH``).
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from effbench.version import __version__
from effbench.errors import EffbenchError, InfrastructureError

DEFAULT_API = "https://api.github.com"
LIMIT = 65536      # GitHub refuses a comment body longer than this many characters
PER_PAGE = 100
MAX_PAGES = 50     # 5000 comments: a pull request with more is not one this comment should search to the end of


class CommentError(EffbenchError):
    """What is needed to post is missing or malformed (no token, no pull request, no repository)."""


class GitHubError(InfrastructureError):
    """The API answered with an error, or could not be reached."""


@dataclass(frozen=True)
class Target:
    api: str
    repository: str     # owner/name
    number: int
    token: str


def marker_of(name: str) -> str:
    return f"<!-- effbench-pr-comment:{name} -->"


def body_with_marker(text: str, marker: str, footer: str = "") -> str:
    """The marker first (so truncation never drops it), then the text, cut to GitHub's limit with a note."""
    tail = f"\n\n{footer}\n" if footer else "\n"
    body = f"{marker}\n{text.rstrip()}{tail}"
    if len(body) <= LIMIT:
        return body
    note = "\n\n… (cut to GitHub's comment size limit; the full comparison is in the job summary)\n"
    keep = LIMIT - len(marker) - len(note) - len(tail) - 1
    return f"{marker}\n{text[:keep].rstrip()}{note}{footer}\n" if footer else f"{marker}\n{text[:keep].rstrip()}{note}"


def target_from_env(env: dict, pr: int | None = None, repository: str | None = None) -> Target:
    token = env.get("GITHUB_TOKEN", "")
    if not token:
        raise CommentError("GITHUB_TOKEN is not set (give the job's token, with permission pull-requests: write)")
    repository = repository or env.get("GITHUB_REPOSITORY", "")
    if repository.count("/") != 1 or not all(repository.split("/")):
        raise CommentError(f"repository {repository!r} is not owner/name (set --repository or GITHUB_REPOSITORY)")
    if pr is None:
        pr = _event_number(env.get("GITHUB_EVENT_PATH", ""))
    if pr is None or pr < 1:
        raise CommentError("no pull request: pass --pr N, or run on a pull_request event (GITHUB_EVENT_PATH)")
    api = (env.get("GITHUB_API_URL") or DEFAULT_API).rstrip("/")
    if urllib.parse.urlsplit(api).scheme not in ("http", "https"):
        raise CommentError(f"GITHUB_API_URL {api!r} is not an http(s) URL")
    return Target(api, repository, pr, token)


def _event_number(path: str) -> int | None:
    if not path:
        return None
    try:
        event = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        raise CommentError(f"GITHUB_EVENT_PATH {path}: cannot read the event JSON") from None
    for key in ("pull_request", "issue"):
        number = (event.get(key) or {}).get("number") if isinstance(event, dict) else None
        if isinstance(number, int):
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
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:200].decode(errors="replace").strip()
        raise GitHubError(f"GitHub API {method} {url}: HTTP {exc.code} {detail}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise GitHubError(f"GitHub API {method} {url}: {getattr(exc, 'reason', exc)}") from None


def find_comment(target: Target, marker: str) -> int | None:
    """The id of the first comment on the pull request whose body holds *marker*."""
    base = f"{target.api}/repos/{target.repository}/issues/{target.number}/comments"
    for page in range(1, MAX_PAGES + 1):
        comments = _call(target, "GET", f"{base}?per_page={PER_PAGE}&page={page}")
        if not isinstance(comments, list):
            raise GitHubError(f"GitHub API GET {base}: expected a list of comments")
        for comment in comments:
            if isinstance(comment, dict) and marker in str(comment.get("body", "")):
                return int(comment["id"])
        if len(comments) < PER_PAGE:
            return None
    return None


def post(target: Target, text: str, marker: str, footer: str = "") -> tuple[str, str]:
    """Create or update the comment; returns ("created" | "updated", its html_url)."""
    body = body_with_marker(text, marker, footer)
    existing = find_comment(target, marker)
    if existing is None:
        url = f"{target.api}/repos/{target.repository}/issues/{target.number}/comments"
        made = _call(target, "POST", url, {"body": body})
        return "created", str((made or {}).get("html_url", ""))
    url = f"{target.api}/repos/{target.repository}/issues/comments/{existing}"
    made = _call(target, "PATCH", url, {"body": body})
    return "updated", str((made or {}).get("html_url", ""))


def run_link(env: dict) -> str:
    """A link to the workflow run (its artifacts hold the HTML report), when run in Actions."""
    server, repo, run = env.get("GITHUB_SERVER_URL"), env.get("GITHUB_REPOSITORY"), env.get("GITHUB_RUN_ID")
    if not (server and repo and run):
        return ""
    return (f"Reports (HTML, leaderboard, run directory): artifacts of [workflow run {run}]"
            f"({server}/{repo}/actions/runs/{run})")
