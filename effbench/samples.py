"""Samples, in three formats (``--samples-format``; ``auto`` tells them apart):

* ``effbench``: JSONL, one sample per line: ``task_id`` (an effbench task id), then ``solution`` (the whole program)
  or ``completion`` (appended to the task's prompt, as EvalPlus does); ``model`` and ``sample_id`` optional;
* ``evalplus``: the same JSONL with the *origin's* task ids (``HumanEval/0``, or ``HumanEval_0`` as EvalPerf writes
  them), resolved through imported tasks' ``origin_params.task_id``; effbench ids are accepted too;
* ``enamel``: ENAMEL's JSON list (indexed by problem) or object (keyed by problem index) of lists of code strings,
  each run as ENAMEL runs it (after the prompt unless it holds it: see importers.enamel_samples); an index names
  the imported ENAMEL task whose ``origin_params.index`` it is.  These samples have no model: model ``default``.

``auto`` reads a JSON list, or a JSON object whose keys are all problem indices, as ENAMEL's, anything else as JSONL whose task ids
may be effbench's or the origin's.  Errors name the file and line (or problem index); a sample whose code does not
compile is *not* an error here: it is a failed sample, decided in the sandbox like every other outcome.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import SampleError
from .importers import enamel_samples
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


FORMATS = ("auto", "effbench", "evalplus", "enamel")
DEFAULT_MODEL = "default"


def load_samples(path: Path, tasks: dict[str, Task], keep_unknown_tasks: bool = False,
                 fmt: str = "auto") -> list[Sample]:
    """Read a samples file.  Unknown task ids are an error unless ``keep_unknown_tasks`` (then they are dropped)."""
    path = Path(path)
    if fmt not in FORMATS:
        raise SampleError(f"unknown samples format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SampleError(f"{path}: no such samples file") from None
    except UnicodeDecodeError as exc:
        raise SampleError(f"{path}: not UTF-8 ({exc})") from None
    enamel = _enamel_object(text) if fmt in ("auto", "enamel") else None
    if fmt == "enamel" and enamel is None:
        raise SampleError(f"{path}: not ENAMEL samples (a JSON object mapping problem indices to lists of code)")
    if enamel is not None:
        samples = _load_enamel(path, enamel, tasks, keep_unknown_tasks)
    else:
        samples = _load_jsonl(path, text, tasks, keep_unknown_tasks, origin_ids=fmt != "effbench")
    if not samples:
        raise SampleError(f"{path}: no samples")
    return samples


class _Collector:
    """Builds Samples with unique keys (model/task/sample_id), numbering samples per model and task."""

    def __init__(self):
        self.samples: list[Sample] = []
        self.counters: dict[tuple[str, str], int] = {}
        self.seen: set[str] = set()

    def add(self, where: str, task_id: str, model: str, sample_id, code: str, line: int) -> None:
        n = self.counters.get((model, task_id), 0)
        self.counters[(model, task_id)] = n + 1
        sample_id = str(n if sample_id is None else sample_id)
        key = f"{model}/{task_id}/{sample_id}"
        if key in self.seen:
            raise SampleError(f"{where}: duplicate sample {key!r} (model, task_id and sample_id must be unique)")
        self.seen.add(key)
        self.samples.append(Sample(SampleInfo(key, task_id, model, sample_id, line), code))


def _origin_index(tasks: dict[str, Task], key: str) -> dict:
    """origin_params[key] -> the imported tasks that carry it."""
    index: dict = {}
    for task in tasks.values():
        if task.origin and key in task.origin_params:
            index.setdefault(task.origin_params[key], []).append(task)
    return index


def _one(found: list[Task], what: str, where: str) -> Task:
    if len(found) > 1:
        raise SampleError(f"{where}: {what} names several imported tasks ({', '.join(t.id for t in found)}); "
                          "keep each origin's tasks in a --tasks-dir of its own")
    return found[0]


def _load_jsonl(path: Path, text: str, tasks: dict[str, Task], keep_unknown: bool, origin_ids: bool) -> list[Sample]:
    by_origin = _origin_index(tasks, "task_id") if origin_ids else {}
    out = _Collector()
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
        task = tasks.get(task_id)
        if task is None and origin_ids:
            found = by_origin.get(task_id) or by_origin.get(task_id.replace("_", "/"))
            task = _one(found, f"task id {task_id!r}", where) if found else None
        if task is None:
            if keep_unknown:
                continue
            raise SampleError(f"{where}: unknown task id {task_id!r}")
        if isinstance(row.get("solution"), str):
            code = row["solution"]
        elif isinstance(row.get("completion"), str):
            code = task.prompt + row["completion"]
        else:
            raise SampleError(f"{where}: needs a 'solution' or a 'completion' string")
        out.add(where, task.id, str(row.get("model", DEFAULT_MODEL)), row.get("sample_id"), code, lineno)
    return out.samples


def _enamel_object(text: str) -> dict | None:
    """ENAMEL's samples, list or object form (None if the text is not that): see importers.enamel_samples."""
    return enamel_samples.parse(text)


def _load_enamel(path: Path, data: dict, tasks: dict[str, Task], keep_unknown: bool) -> list[Sample]:
    by_index = _origin_index(tasks, "index")
    out = _Collector()
    listed = isinstance(data, enamel_samples.Listed)  # the list form covers every problem, imported or not
    for key, codes in data.items():
        index = int(key)
        where = f"{path}: problem {index}"
        found = [t for t in by_index.get(index, []) if t.origin == "enamel"]
        if not found:
            if keep_unknown or listed:
                continue
            raise SampleError(f"{where}: no imported ENAMEL task has this problem index")
        task = _one(found, f"problem index {index}", where)
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise SampleError(f"{where}: must be a list of code strings")
        for code in codes:
            code = enamel_samples.program(task.prompt, task.entry_point, code)
            out.add(where, task.id, DEFAULT_MODEL, None, code, 0)
    return out.samples
