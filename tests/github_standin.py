"""A stand-in for GitHub's REST API (issue comments only), for the tests of ``effbench pr-comment``: GitHub itself
cannot be reached here, so it is faked by a local HTTP server on 127.0.0.1 that keeps comments in memory and checks
every request the way the tests need: the bearer token, the API version header, JSON bodies, the paths.

Served: ``GET /repos/O/R/issues/N/comments?per_page=&page=`` (paginated), ``POST`` there (201, a new comment),
``PATCH /repos/O/R/issues/comments/ID`` (200, whoever wrote it: a token with write access may edit anyone's
comment), ``GET /user``: the token's *login*, or, for ``login=None`` (the Actions GITHUB_TOKEN), 403 "Resource not
accessible by integration" as GitHub answers an installation token; comments the token posts are by *login*, or by
*bot* (github-actions[bot] for the Actions token; a GitHub App's installation token posts as the app's bot).
Anything else, or a wrong token, is answered 404 / 401 as GitHub would, and every request is logged (method,
path, query, headers, JSON body) for the tests to read.  ``raw`` makes it answer a method on the comment paths
with a body of the test's choosing, for replies GitHub would never send.
"""
from __future__ import annotations

import contextlib
import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACTIONS_BOT = "github-actions[bot]"   # GitHub's name for the Actions token's comments (a fact of GitHub's, not ours)

LIST = re.compile(r"^/repos/([^/]+)/([^/]+)/issues/(\d+)/comments$")
ONE = re.compile(r"^/repos/([^/]+)/([^/]+)/issues/comments/(\d+)$")


class FakeGitHub:
    def __init__(self, token: str, repository: str, login: str | None = None, bot: str = ACTIONS_BOT):
        self.token, self.repository, self.login, self.bot = token, repository, login, bot
        self.comments: dict[int, list[dict]] = {}   # pull request -> its comments, oldest first
        self.log: list[dict] = []
        self.next_id = 1000
        self.lock = threading.Lock()
        self.fail_with: int | None = None          # answer every request with this status
        self.raw: dict[str, bytes] = {}            # method -> a 200 body sent as it is (a reply GitHub never sends)

    def add(self, number: int, body: str, login: str = "someone") -> dict:
        with self.lock:
            self.next_id += 1
            user = {"login": login, "type": "Bot" if login.endswith("[bot]") else "User"}
            comment = {"id": self.next_id, "body": body, "user": user,
                       "html_url": f"https://github.invalid/{self.repository}/pull/{number}#issuecomment-{self.next_id}"}
            self.comments.setdefault(number, []).append(comment)
            return comment

    def handle(self, method: str, raw_path: str, headers, body: bytes) -> tuple[int, object]:
        url = urllib.parse.urlsplit(raw_path)
        query = dict(urllib.parse.parse_qsl(url.query))
        payload = json.loads(body) if body else None
        self.log.append({"method": method, "path": url.path, "query": query, "payload": payload,
                         "auth": headers.get("Authorization"), "version": headers.get("X-GitHub-Api-Version"),
                         "accept": headers.get("Accept")})
        if method in self.raw and url.path != "/user":
            return 200, self.raw[method]
        if self.fail_with:
            return self.fail_with, {"message": "Resource not accessible by integration"}
        if headers.get("Authorization") != f"Bearer {self.token}":
            return 401, {"message": "Bad credentials"}
        if headers.get("Accept") != "application/vnd.github+json" or not headers.get("X-GitHub-Api-Version"):
            return 400, {"message": "missing GitHub API headers"}
        if url.path == "/user" and method == "GET":
            if self.login is None:
                return 403, {"message": "Resource not accessible by integration", "status": "403"}
            return 200, {"login": self.login, "type": "User"}
        m = LIST.match(url.path)
        if m and f"{m[1]}/{m[2]}" == self.repository:
            number = int(m[3])
            if method == "GET":
                per_page, page = int(query.get("per_page", 30)), int(query.get("page", 1))
                items = self.comments.get(number, [])
                return 200, items[(page - 1) * per_page: page * per_page]
            if method == "POST" and isinstance(payload, dict) and isinstance(payload.get("body"), str):
                return 201, self.add(number, payload["body"], login=self.login or self.bot)
            return 422, {"message": "Validation Failed"}
        m = ONE.match(url.path)
        if m and f"{m[1]}/{m[2]}" == self.repository and method == "PATCH":
            for comments in self.comments.values():
                for comment in comments:
                    if comment["id"] == int(m[3]) and isinstance(payload, dict):
                        comment["body"] = payload["body"]
                        return 200, comment
        return 404, {"message": "Not Found"}


@contextlib.contextmanager
def serve(token: str = "ghs_test", repository: str = "owner/repo", login: str | None = None,
          bot: str = ACTIONS_BOT):
    """A running stand-in (for a personal token of *login*, or an installation token posting as *bot*); yields
    (FakeGitHub, its base URL as GITHUB_API_URL)."""
    fake = FakeGitHub(token, repository, login, bot)

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            status, data = fake.handle(self.command, self.path, self.headers, self.rfile.read(length))
            text = data if isinstance(data, bytes) else json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        do_GET = do_POST = do_PATCH = _answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # shutdown() waits for serve_forever's next poll: at the default half second that was half a second a test
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
