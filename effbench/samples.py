"""Samples: JSONL, one per line, EvalPlus-style (``solution`` = whole program, or ``completion`` = prompt + it).

Errors name the file and line; a sample whose code does not compile is *not* an error here: it is a failed sample,
decided in the sandbox like every other outcome.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import SampleError
from .records import SampleInfo
from .tasks import Task


@dataclass(frozen=True)
class Sample:
    info: SampleInfo
    code: str

    @property
    def key(self) -> str:
        return self.info.key

    @property
    def task_id(self) -> str:
        return self.info.task_id

    def to_row(self) -> dict:
        return dict(self.info.to_dict(), code=self.code)


def samples_hash(samples: list[Sample]) -> str:
    digest = hashlib.sha256()
    for s in samples:
        digest.update(json.dumps(s.to_row(), sort_keys=True).encode() + b"\n")
    return digest.hexdigest()[:16]


def load_samples(path: Path, tasks: dict[str, Task], keep_unknown_tasks: bool = False) -> list[Sample]:
    """Read a samples file.  Unknown task ids are an error unless ``keep_unknown_tasks`` (then they are dropped)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SampleError(f"{path}: no such samples file") from None
    except UnicodeDecodeError as exc:
        raise SampleError(f"{path}: not UTF-8 ({exc})") from None
    samples: list[Sample] = []
    counters: dict[tuple[str, str], int] = {}
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SampleError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(row, dict):
            raise SampleError(f"{where}: each line must be a JSON object")
        task_id = row.get("task_id")
        if not isinstance(task_id, str):
            raise SampleError(f"{where}: missing field 'task_id'")
        if task_id not in tasks:
            if keep_unknown_tasks:
                continue
            raise SampleError(f"{where}: unknown task id {task_id!r}")
        task = tasks[task_id]
        if isinstance(row.get("solution"), str):
            code = row["solution"]
        elif isinstance(row.get("completion"), str):
            code = task.prompt + row["completion"]
        else:
            raise SampleError(f"{where}: needs a 'solution' or a 'completion' string")
        model = str(row.get("model", "default"))
        n = counters.get((model, task_id), 0)
        counters[(model, task_id)] = n + 1
        sample_id = str(row.get("sample_id", n))
        key = f"{model}/{task_id}/{sample_id}"
        if key in seen:
            raise SampleError(f"{where}: duplicate sample {key!r} (model, task_id and sample_id must be unique)")
        seen.add(key)
        samples.append(Sample(SampleInfo(key, task_id, model, sample_id, lineno), code))
    if not samples:
        raise SampleError(f"{path}: no samples")
    return samples
