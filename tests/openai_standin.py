"""A stand-in for a model server, for the tests and benchmarks/generate.py: no real model can run here.

Run as a script, it is a separate process serving the OpenAI API on 127.0.0.1 (``/v1/models``,
``/v1/chat/completions``, ``/v1/completions``) from a JSON script of replies, so ``effbench generate`` talks to it
through the real client library and the real network stack (or as an HTTP proxy to a host of any name: a
request naming a whole URL is served as its path).  The script::

    {"key": "sk-..." | null,             # required bearer key (401 otherwise)
     "models": ["m", ...] | null,        # served models (404 for others); null: /v1/models is 404, any model goes
     "served_as": "name",                # the model name replies report (default: the requested one)
     "rules": [{"match": "text", "replies": [ACTION, ...]}, ...],   # first rule whose text is in the prompt
     "default": [ACTION, ...]}           # replies are used in order per rule; the last one repeats

    ACTION = {"content": "...", "delay": seconds, "status": 429, "headers": {...}, "body": "raw body",
              "usage": {...}, "finish_reason": "stop", "trickle": seconds between the body's bytes,
              "trickle_head": seconds between the bytes of the head (status line and headers),
              "pad": characters added to the content (a huge reply)}

Every request is logged to ``--log`` as a JSON line (time, path, auth header, JSON body, status), which the tests
read to count requests and retries.  :func:`serve` starts one for a test and stops it afterwards.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


class Script:
    def __init__(self, data: dict):
        self.data = data
        self.lock = threading.Lock()
        self.used: dict[int, int] = {}

    def action(self, prompt: str) -> dict:
        rules = self.data.get("rules", [])
        index = next((i for i, r in enumerate(rules) if r["match"] in prompt), -1)
        replies = rules[index]["replies"] if index >= 0 else self.data.get("default", [{"content": ""}])
        with self.lock:
            k = self.used.get(index, 0)
            self.used[index] = k + 1
        return replies[min(k, len(replies) - 1)]


def make_handler(script: Script, log_path: Path):
    log_lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = -1  # headers and body leave in one write (two small writes meet Nagle and delayed ACKs: 40 ms)
        disable_nagle_algorithm = True

        def log_message(self, *args):  # quiet
            pass

        def parse_request(self) -> bool:
            ok = super().parse_request()
            if ok and "://" in self.path:  # as a proxy: the request names the whole URL (its absolute form)
                self.path = urlsplit(self.path).path
            return ok

        def _send(self, status: int, body, headers: dict | None = None, trickle: float = 0,
                  trickle_head: float = 0) -> None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, str(v))
                if trickle_head:  # the head a byte at a time, each read of it well within any read timeout
                    head, self._headers_buffer = b"".join(self._headers_buffer) + b"\r\n", []
                    for byte in head:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(trickle_head)
                else:
                    self.end_headers()
                for start in range(0, len(data), 1 if trickle else len(data) or 1):  # trickle: a byte at a time
                    self.wfile.write(data[start:start + 1] if trickle else data)
                    if trickle:
                        self.wfile.flush()
                        time.sleep(trickle)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (its timeout)
                pass

        def _log(self, body, status) -> None:
            with log_lock, open(log_path, "a") as f:
                f.write(json.dumps({"t": time.time(), "path": self.path, "auth": self.headers.get("Authorization"),
                                    "body": body, "status": status}) + "\n")

        def _error(self, status: int, message: str, code: str) -> tuple[int, dict]:
            return status, {"error": {"message": message, "type": "invalid_request_error", "code": code}}

        def _auth(self):
            key = script.data.get("key")
            if key and self.headers.get("Authorization") != f"Bearer {key}":
                return self._error(401, "Incorrect API key provided", "invalid_api_key")
            return None

        def do_GET(self):
            status, body = self._auth() or (
                self._error(404, "not found", "not_found") if self.path != "/v1/models" or
                script.data.get("models") is None else
                (200, {"object": "list", "data": [{"id": m, "object": "model"} for m in script.data["models"]]}))
            self._log(None, status)
            self._send(status, body)

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            request = json.loads(self.rfile.read(length) or b"{}")
            chat = self.path == "/v1/chat/completions"
            failed = self._auth()
            if not failed and self.path not in ("/v1/chat/completions", "/v1/completions"):
                failed = self._error(404, "not found", "not_found")
            models = script.data.get("models")
            if not failed and models is not None and request.get("model") not in models:
                failed = self._error(404, f"The model `{request.get('model')}` does not exist", "model_not_found")
            if failed:
                self._log(request, failed[0])
                return self._send(*failed)
            prompt = request["messages"][-1]["content"] if chat else request.get("prompt", "")
            act = script.action(prompt)
            status = act.get("status", 200)
            self._log(request, status)  # on arrival: a request whose slow answer the client gave up on counts too
            time.sleep(act.get("delay", 0))
            if "body" in act:
                return self._send(status, act["body"].encode(), act.get("headers"))
            if status != 200:
                return self._send(status, {"error": {"message": f"scripted {status}", "type": "server_error"}},
                                  act.get("headers"))
            content = act.get("content", "") + "x" * act.get("pad", 0)  # pad: a reply that long, without a script
            choice = {"index": 0, "finish_reason": act.get("finish_reason", "stop")}
            choice.update({"message": {"role": "assistant", "content": content}} if chat else {"text": content})
            usage = act.get("usage", {"prompt_tokens": len(prompt.split()), "completion_tokens": len(content.split()),
                                      "total_tokens": len(prompt.split()) + len(content.split())})
            self._send(200, {"id": "cmpl-standin", "object": "chat.completion" if chat else "text_completion",
                             "created": int(time.time()), "model": script.data.get("served_as", request["model"]),
                             "choices": [choice], "usage": usage}, trickle=act.get("trickle", 0),
                       trickle_head=act.get("trickle_head", 0))

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--script", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(Script(json.loads(Path(args.script).read_text())),
                                                                Path(args.log)))
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


class Server:
    def __init__(self, url: str, log: Path):
        self.url = url
        self.log_path = log

    def log(self) -> list[dict]:
        if not self.log_path.exists():
            return []
        return [json.loads(line) for line in self.log_path.read_text().splitlines()]

    def posts(self) -> list[dict]:
        return [r for r in self.log() if r["body"] is not None]


@contextlib.contextmanager
def serve(script: dict, folder: Path):
    """Start the stand-in server process with ``script``; yields a :class:`Server` (its /v1 URL and its log)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "script.json").write_text(json.dumps(script))
    log = folder / "requests.jsonl"
    log.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, __file__, "--script", str(folder / "script.json"), "--log", str(log)],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("PORT "), f"stand-in server did not start: {line!r}"
        yield Server(f"http://127.0.0.1:{int(line.split()[1])}/v1", log)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
