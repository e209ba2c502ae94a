"""One job: the samples file that ``effbench generate`` writes, read back to resume.

Each reply is appended as one JSON line and flushed the moment it arrives, so Ctrl-C (or a killed process) loses
nothing that was received.  When generation ends, for whatever reason, the file is rewritten sorted by (model,
task, sample index) through a temporary file and an atomic rename, so the same samples always make the same bytes
whatever order the concurrent requests finished in.  A rerun reads the file and asks only for the (task, sample
index) pairs its model does not have yet; it refuses a file whose rows for this model were made with other settings
(model, prompt, sampling), as a run directory refuses other settings.  Rows of other models are kept as they are,
so one file can hold several models for one leaderboard.  The rows are ordinary effbench samples (``task_id``,
``model``, ``sample_id``, ``solution``); the rest is recorded for the reader and ignored by ``effbench run``.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from effbench.errors import EffbenchError
from effbench.files import write_text_atomic
from effbench.measuring.disk_writes import append_whole, write_refused
from effbench.generate.client import Reply
from effbench.generate.extract import Extraction
from effbench.jsonfile import loads


@dataclass(frozen=True)
class Recipe:
    """Everything that makes two samples of a model comparable; rows made with another recipe are not mixed in."""
    model: str
    prompt: str
    prompt_sha: str
    sampling: dict

    def to_dict(self) -> dict:
        return {"model": self.model, "prompt": self.prompt, "prompt_sha": self.prompt_sha, **self.sampling}


def make_row(label: str, task_id: str, index: int, recipe: Recipe, reply: Reply, found: Extraction,
             request_seed: int | None) -> dict:
    # sample_id is a string, as effbench run requires of every samples file: the index, in decimal
    row: dict[str, Any] = {"task_id": task_id, "model": label, "sample_id": str(index),
                           "solution": found.code or no_code(found.reason)}
    if found.code is None:
        row["no_code"] = found.reason
    row.update(extraction=found.method, generator=recipe.to_dict(), request_seed=request_seed,
               server_model=reply.server_model, usage=reply.usage, finish_reason=reply.finish_reason,
               reply=reply.text)
    return row


def no_code(reason: str) -> str:
    """The program of a row without usable code: it fails when run, with the reason in the run's results, so the
    reply counts as a failed sample (pass@k and eff@k see it) instead of vanishing from the denominator."""
    message = f"effbench generate: no usable code in the reply ({reason})"
    return f"raise RuntimeError({message!r})\n"


INDEX_DIGITS = 18  # a sample index of ours is below --n; int() refuses past 4300 digits, and rows are anyone's


def _index(row: dict) -> int | None:
    """The sample index a row of ours holds in its ``sample_id`` (None for a row that is not ours)."""
    sid = row.get("sample_id")
    if isinstance(sid, str) and sid.isascii() and sid.isdigit() and len(sid) <= INDEX_DIGITS:
        return int(sid)
    return None


def _key(row: dict) -> tuple[str, int]:
    """The (task, sample index) of a row of ours: one checked by ``_check`` or made by ``make_row``."""
    index = _index(row)
    assert index is not None, "a row of ours has a decimal sample_id (checked on reading, made so by make_row)"
    return row["task_id"], index


def _order(row: dict) -> tuple:
    index = _index(row)
    return (str(row.get("model", "")), str(row.get("task_id", "")),
            (0, index, "") if index is not None else (1, 0, str(row.get("sample_id"))))


class SamplesFile:
    def __init__(self, path: Path, label: str, recipe: Recipe, warn=lambda message: None):
        self.path = Path(path)
        self.label = label
        self.recipe = recipe
        numbered = self._read(warn)
        self.done: set[tuple[str, int]] = set()
        for lineno, row in numbered:
            if row.get("model") == label:
                self._check(row, lineno)
                self.done.add(_key(row))
        self.rows: list[dict] = [row for _, row in numbered]
        self._fd: int | None = None  # the append descriptor, open from the first row added to finish()

    def _read(self, warn) -> list[tuple[int, dict]]:
        if not self.path.exists():
            return []
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EffbenchError(f"{self.path}: cannot read ({exc})") from None
        rows = []
        lines = text.split("\n")
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = loads(line, error=ValueError)
                if not isinstance(row, dict):
                    raise ValueError("not an object")
            except ValueError as exc:
                if lineno == len(lines):  # no newline after it: a write cut short by a kill; asked for again
                    warn(f"{self.path}:{lineno}: dropping an incomplete last line")
                    continue
                raise EffbenchError(f"{self.path}:{lineno}: not a samples row ({exc}); "
                                    "write to another -o file") from None
            rows.append((lineno, row))
        return rows

    def _check(self, row: dict, lineno: int) -> None:
        where = f"{self.path}:{lineno}"
        if not isinstance(row.get("task_id"), str) or _index(row) is None:
            raise EffbenchError(f"{where}: a row of model {self.label!r} without task_id and a numeric sample_id "
                                "(not written by effbench generate); use another -o file or --label")
        theirs, ours = row.get("generator"), self.recipe.to_dict()
        if theirs != ours:
            diff = ", ".join(f"{k} {theirs.get(k)!r} here, {ours[k]!r} now" for k in ours
                             if theirs.get(k) != ours[k]) if isinstance(theirs, dict) else "no generator record"
            raise EffbenchError(f"{where}: model {self.label!r} was generated with other settings ({diff}); "
                                "use another -o file, or --label to keep both")

    def missing(self, task_ids: list[str], n: int) -> list[tuple[str, int]]:
        return [(t, i) for t in task_ids for i in range(n) if (t, i) not in self.done]

    def add(self, row: dict) -> None:
        if self._fd is None:
            self.finish()  # start from a clean, sorted file (a cut-off last line is gone)
            try:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
            except OSError as exc:
                raise self._refused(exc) from None
        try:  # whole or not at all: a row cut short would be glued to the next one
            append_whole(self._fd, (json.dumps(row) + "\n").encode("utf-8"))
        except OSError as exc:
            raise self._refused(exc) from None
        self.rows.append(row)
        self.done.add(_key(row))

    def finish(self) -> None:
        """Rewrite the file in (model, task, sample index) order, atomically."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        try:  # a full disk leaves the file as it was appended: whole rows, in the order they came
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self.path, "".join(json.dumps(r) + "\n" for r in sorted(self.rows, key=_order)))
        except OSError as exc:
            raise self._refused(exc) from None

    def _refused(self, exc: OSError) -> EffbenchError:
        """A write of the file refused (a full disk: exit 3, :func:`write_refused`), in one line."""
        return write_refused(self.path, exc, "; the samples written are kept, rerun to generate the rest")
