"""JSON written by someone else (a data set, a resumed file, a server's reply), read so that no text can make the
reader raise anything but one error naming where.

``json.loads`` fails on hostile text in more ways than :class:`json.JSONDecodeError`: deep nesting exhausts the
recursion limit (``RecursionError``, not even a ``ValueError``), an integer longer than Python's int-to-str limit
(4300 digits) raises a plain ``ValueError``, and bytes that are not UTF-8 a ``UnicodeDecodeError``.  Each reader of
such text used to catch its own subset of these and let the rest out as a traceback; :func:`loads` and
:func:`read` catch them all in one place.

*error* is the exception raised: an :class:`~effbench.errors.EffbenchError` subclass for a whole file (one line,
exit 2 or 3), or a plain exception type (``ValueError``, an importer's ``RowError``) for a caller that decides
what a bad piece means.  *where* (``path``, ``path:line``, ``GitHub API GET url``) starts the message.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from effbench.errors import EffbenchError


class _Duplicate(Exception):
    """A key that one object of the text holds twice."""


def _unique(pairs: list[tuple[str, object]]) -> dict:
    """An object's pairs as a dict, or :class:`_Duplicate`: ``json.loads`` keeps the last of two equal keys without
    a word, so a leaderboard edited by hand with a model pasted twice, or a sample row with two ``solution`` fields,
    would be read as one of them and scored silently."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return out


def loads(text: str | bytes, where: str = "", error: type[Exception] = EffbenchError):
    """``json.loads(text)``, or *error* saying where and why the text is not JSON Python can read (a key twice in
    one object included)."""
    try:
        return json.loads(text, object_pairs_hook=_unique)
    except _Duplicate as exc:
        key = exc.args[0]
        reason = f"the key {key[:80]!r}{'...' if len(key) > 80 else ''} appears twice in one object"
    except json.JSONDecodeError as exc:
        # one line of a JSONL file: its column says it all; a whole file needs the line too
        at = f"column {exc.colno}" if exc.lineno == 1 and "\n" not in exc.doc else \
            f"line {exc.lineno} column {exc.colno}"
        reason = f"{exc.msg.removesuffix(' at')} at {at}"  # json's 'Unterminated string starting at' has one
    except UnicodeDecodeError:
        reason = "not UTF-8 text"
    except RecursionError:
        reason = "nested too deeply"
    except ValueError:  # int("9" * 5000): past sys.get_int_max_str_digits()
        reason = "a number with too many digits"
    raise error(f"{where}: invalid JSON ({reason})" if where else f"invalid JSON ({reason})") from None


LINE_END = re.compile(r"\r\n|\r|\n")


def lines(text: str) -> list[str]:
    """The lines of a JSONL text, ended by ``\\n``, ``\\r\\n`` or ``\\r`` and nothing else.  ``str.splitlines``
    also ends a line at U+2028, U+2029, U+0085 and more, which JSON allows unescaped inside a string
    (``json.dumps(ensure_ascii=False)`` writes them so): a valid row holding one was torn in two."""
    return LINE_END.split(text)


def read(path: Path, error: type[Exception] = EffbenchError, where: str | None = None):
    """A JSON file's content, or *error* naming the file (or *where*) and why it cannot be read."""
    where = str(path) if where is None else where
    try:
        text = Path(path).read_bytes()
    except OSError as exc:
        raise error(f"{where}: cannot read ({exc.strerror or exc})") from None
    return loads(text, where, error)
