"""One job: send a prompt to an OpenAI-compatible server and return its reply as a typed :class:`Reply`.

The ``openai`` package does the HTTP work, the retries and the back-off (exponential with jitter, and the server's
``Retry-After`` on 429/503) on rate limits, server errors, timeouts and dropped connections.  The reply's JSON is
read here rather than through the package's lenient models, so that a server that is not OpenAI-compatible gives one
clear error instead of an ``AttributeError`` deep inside.  Errors become :class:`EffbenchError` with the exit code
that says whose fault they are (see :mod:`effbench.generate`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from effbench.errors import EffbenchError, InfrastructureError
from effbench.generate.deadline import ReplyTooLarge, http_client

APIS = ("chat", "completions")


class ServerError(InfrastructureError):
    """The server answered before but failed this request after every retry (5xx, 429, timeout): exit 3."""


@dataclass(frozen=True)
class Sampling:
    """What is sent with every request, and recorded in every row."""
    api: str
    temperature: float
    top_p: float
    max_tokens: int
    seed: int | None

    def to_dict(self) -> dict:
        return {"api": self.api, "temperature": self.temperature, "top_p": self.top_p,
                "max_tokens": self.max_tokens, "seed": self.seed}


@dataclass(frozen=True)
class Reply:
    text: str
    server_model: str | None
    usage: dict | None
    finish_reason: str | None


def _openai():
    try:
        import openai
    except ImportError:
        raise EffbenchError("effbench generate needs the openai package: pip install 'effbench[generate]'") from None
    return openai


class ModelClient:
    def __init__(self, base_url: str, model: str, api_key: str, timeout: float, retries: int):
        openai = _openai()
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._openai = openai
        http = http_client(openai, timeout)  # --timeout bounds each attempt (see generate.deadline)
        try:
            self._client = openai.OpenAI(base_url=self.base_url, api_key=api_key, timeout=timeout,
                                         max_retries=retries, http_client=http)
        except Exception as exc:  # noqa: BLE001 - its HTTP package's InvalidURL (httpx's, or a fork's): no common base
            # urls.check_http_url passed it, but the HTTP package is stricter (an IDNA host of mixed scripts)
            raise EffbenchError(f"--base-url {base_url!r}: the client library refuses it ({_short(exc)})") from None

    def check(self) -> list[str] | None:
        """Fail early and clearly on an unreachable server or a rejected key (GET /models, retried at most once).
        Returns the served model ids, or None when the server does not list them (not every server does)."""
        o = self._openai
        try:
            raw = self._client.with_options(max_retries=1).models.with_raw_response.list()
        except (o.APIConnectionError, o.AuthenticationError, o.PermissionDeniedError, ReplyTooLarge) as exc:
            raise self._error(exc, "/models") from None
        except o.APIError:  # no listing here (404, or a server that answers it badly): the requests will tell
            return None
        try:
            data = json.loads(raw.text).get("data")
            return [str(m["id"]) for m in data]
        except (ValueError, AttributeError, KeyError, TypeError):
            return None

    def complete(self, prompt: str, sampling: Sampling, served: list[str] | None = None) -> Reply:
        params = dict(model=self.model, temperature=sampling.temperature, top_p=sampling.top_p,
                      max_tokens=sampling.max_tokens, n=1)
        if sampling.seed is not None:
            params["seed"] = sampling.seed
        try:
            if sampling.api == "chat":
                raw = self._client.chat.completions.with_raw_response.create(
                    messages=[{"role": "user", "content": prompt}], **params)
            else:
                raw = self._client.completions.with_raw_response.create(prompt=prompt, **params)
        except (self._openai.APIError, ReplyTooLarge) as exc:
            raise self._error(exc, f"/{'chat/' if sampling.api == 'chat' else ''}completions", served) from None
        return parse_reply(raw.text, sampling.api, self.base_url)

    def _error(self, exc, path: str, served: list[str] | None = None) -> EffbenchError:
        o = self._openai
        where = f"{self.base_url}{path}"
        body = getattr(exc, "body", None)
        detail = _short(body.get("message") if isinstance(body, dict) and isinstance(body.get("message"), str)
                        else getattr(exc, "message", None) or str(exc))
        if isinstance(exc, o.APITimeoutError):
            return ServerError(f"{where}: no answer within the timeout after every retry")
        if isinstance(_innermost(exc), ReplyTooLarge):  # raised as it is, or (other versions) as a lost connection
            return EffbenchError(f"{where}: malformed reply ({_innermost(exc)})")
        if isinstance(exc, o.APIConnectionError):
            if path == "/models":  # before anything was asked: the URL is wrong or the server is down
                return EffbenchError(f"cannot reach the model server at {self.base_url} ({_cause(exc)})")
            return ServerError(f"{where}: connection lost after every retry ({_cause(exc)})")
        if isinstance(exc, (o.AuthenticationError, o.PermissionDeniedError)):
            return EffbenchError(f"{where}: the server rejected the API key ({exc.status_code}: {detail}); "
                                 "check --api-key-env")
        if isinstance(exc, o.NotFoundError):
            known = f"; it serves {', '.join(served[:8])}" if served else ""
            return EffbenchError(f"{where}: 404 for model {self.model!r} ({detail}): check --model and --base-url "
                                 f"(it usually ends in /v1){known}")
        if isinstance(exc, o.APIResponseValidationError):
            return EffbenchError(f"{where}: malformed reply ({detail})")
        status = getattr(exc, "status_code", None)
        if status is not None and (status in (408, 409, 429) or status >= 500):
            wait = _retry_after(exc)  # one past what the client library waits (2 min) was not retried at all: say so
            said = (f" (retried as often as allowed; the server's last Retry-After: {wait} s, and the client library "
                    "retries no wait over 2 minutes)") if wait else " after every retry"
            return ServerError(f"{where}: {status}{said} ({detail})")
        if status is not None:
            return EffbenchError(f"{where}: the server refused the request ({status}: {detail})")
        return EffbenchError(f"{where}: {type(exc).__name__}: {detail}")


def parse_reply(text: str, api: str, where: str) -> Reply:
    """The reply body as an OpenAI chat.completion / text_completion; anything else is a malformed reply (exit 2).
    A missing or null content is an empty reply (a row with no code), not a malformed one: reasoning models and
    content filters give those."""
    try:
        body = json.loads(text)
        choice = body["choices"][0]
        content = choice["message"].get("content") if api == "chat" else choice.get("text")
        if content is not None and not isinstance(content, str):
            raise TypeError("content is not a string")
        usage = body.get("usage")
        if usage is not None and not isinstance(usage, dict):
            raise TypeError("usage is not an object")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise EffbenchError(f"{where}: malformed reply, not an OpenAI {api} response "
                            f"({type(exc).__name__}: {_short(str(exc))}; body starts {_short(text, 60)!r})") from None
    model = body.get("model")
    return Reply(content or "", model if isinstance(model, str) else None, _usage(usage),
                 choice.get("finish_reason") if isinstance(choice.get("finish_reason"), str) else None)


MAX_TOKEN_COUNT = 10 ** 9  # tokens in one request and its reply: no model's context is within a hundred times of it


def _usage(usage: dict | None) -> dict | None:
    """The reply's integer counts (a server's other entries, ``*_details`` objects or Groq's float timings, are left
    out), or None, as for a reply without usage, when a token count is no count: negative, past
    :data:`MAX_TOKEN_COUNT`, or not an integer (``true``, ``12.5``, ``"12"``).  A server's bookkeeping is not what
    was asked for (the reply's text is kept, as for a model or finish_reason of the wrong type), but summed into
    the summary such counts read '-2 completion tokens'."""
    if not usage:
        return None
    counts = [v for k, v in usage.items() if k.endswith("_tokens") or type(v) is int]  # (bool: no int here)
    if any(type(v) is not int or not 0 <= v <= MAX_TOKEN_COUNT for v in counts):
        return None
    return {k: v for k, v in usage.items() if type(v) is int} or None


def _retry_after(exc) -> str | None:
    """The Retry-After header of the failed reply, as the server wrote it (seconds or a date), if it has one."""
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    return _short(value, 40) if value else None


def _short(text: object, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _innermost(exc: BaseException) -> BaseException:
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return exc


def _cause(exc: BaseException) -> str:
    """The innermost cause of a connection error ('Connection refused'), not the wrapper's 'Connection error.'."""
    exc = _innermost(exc)
    return _short(str(exc) or type(exc).__name__, 100)
