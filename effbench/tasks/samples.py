"""Samples, in three formats (``--samples-format``; ``auto`` tells them apart):

* ``effbench``: JSONL, one sample per line: ``task_id`` (an effbench task id), then ``solution`` (the whole program)
  or ``completion`` (appended to the task's prompt, as EvalPlus does); ``model`` and ``sample_id`` optional
  strings;
* ``evalplus``: the same JSONL with the *origin's* task ids (``HumanEval/0``, or ``HumanEval_0`` as EvalPerf writes
  them), resolved through imported tasks' ``origin_params.task_id``; effbench ids are accepted too.  EvalPlus's
  folder form (``<task_id>/<n>.py``, each file a whole solution) is read as the same rows;
* ``enamel``: ENAMEL's JSON list (indexed by problem) or object (keyed by problem index) of lists of code strings,
  each run as ENAMEL runs it (after the prompt unless it holds it: see importers.enamel_samples); an index names
  the imported ENAMEL task whose ``origin_params.index`` it is.

Any file may be gzip-compressed (``.jsonl.gz``: told by its magic bytes, not its name).  ``auto`` tries the entries
of :data:`DETECTORS` in order (each says whether a text is its format) and reads anything else as JSONL whose task
ids may be effbench's or the origin's; a new text format is one more entry there.  Samples without a model are
model ``default``, or the ``model`` given to :func:`load_samples` (``effbench run --model``), which also overrides
rows that name another (with one warning).  Errors name the file and line (or problem index, or file of a folder);
a sample whose code does not compile is *not* an error here: it is a failed sample, decided in the sandbox like
every other outcome.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

from effbench import jsonfile
from effbench.errors import SampleError
from effbench.importers import enamel_samples
from effbench.importers.common import read_limited
from effbench.measuring.records import SampleInfo
from effbench.sandbox.host_paths import keep_out
from effbench.tables import code_point, unshowable
from effbench.tasks.task import Task, is_hidden


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


def unnamed_samples_hash(samples: list[Sample]) -> str | None:
    """The :func:`samples_hash` of the samples of model ``default`` (those that named none), over every task that
    *samples* (the whole samples file, before ``--tasks`` chose) hold; None if there are none.  It tells the shards
    of one file (the same hash) from two files, whose unnamed samples may be two models' (``effbench
    leaderboard`` joins the shards and refuses the others: :func:`effbench.reports.board.merge`)."""
    unnamed = [s for s in samples if s.info.model == DEFAULT_MODEL]
    return samples_hash(unnamed) if unnamed else None


def unnamed_join_refusal(runs: list[tuple[str, dict]]) -> str | None:
    """Why model ``default`` of *runs* ((source, run metadata) each) cannot be one model (None if it can): effbench's
    name for samples that name none (EvalPlus and ENAMEL files never do), two files' of it are likely two models',
    which one row would mix.  It is one model only across the shards of one file, told by the
    :func:`unnamed_samples_hash` each run recorded (absent: measured by an older effbench, which did not)."""
    (source, meta), *others = runs
    mine = meta.get("unnamed_samples")
    for other, other_meta in others:
        theirs = other_meta.get("unnamed_samples")
        if mine is None or theirs != mine:
            why = (f"and {source if mine is None else other} does not record which samples file it read (an "
                   "older effbench)" if None in (mine, theirs) else "read from different samples files")
            return (f"model {DEFAULT_MODEL!r} (samples that name no model) is in both {source} and {other}, {why}: "
                    "they may be two models' samples; name each file's model (`effbench run --model NAME`): only "
                    "the shards of one samples file join")
    return None


@dataclass(frozen=True)
class Reader:
    """A text format that ``auto`` can recognise: *detect* returns the parsed data (None if the text is not this
    format; ``enamel_samples.Malformed`` if it is, but broken), *load* turns it into samples (``path, data, tasks,
    keep_unknown, collector``); *label* and *shape* name it in errors."""

    name: str
    label: str
    shape: str
    detect: Callable[[str], object]
    load: Callable[..., None]


def load_samples(path: Path, tasks: dict[str, Task], keep_unknown_tasks: bool = False,
                 fmt: str = "auto", model: str | None = None,
                 warn: Callable[[str], None] | None = None) -> list[Sample]:
    """Read a samples file or EvalPlus folder.  Unknown task ids are an error unless ``keep_unknown_tasks`` (then
    they are dropped).  *model* names samples that have none and overrides the others (*warn* is told once)."""
    path = Path(path)
    keep_out(path if path.is_dir() else path.parent)  # every other sample's code: out of a sandbox's reach
    if fmt not in FORMATS:
        raise SampleError(f"unknown samples format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if model is not None:
        check_model_name(model, "--model")
    out = _Collector(model)
    if path.is_dir():
        if fmt in ("effbench", "enamel"):
            raise SampleError(f"{path}: a folder; {fmt} samples are a file")
        _load_evalplus_folder(path, tasks, keep_unknown_tasks, out)
    else:
        text = _read_text(path)
        reader, data = (None, None) if text.isspace() else _detect(path, text, fmt)
        if reader is not None:
            reader.load(path, data, tasks, keep_unknown_tasks, out)
        elif not text.isspace():  # blank (a bomb of spaces): no samples, said below without splitting it into lines
            _load_jsonl(path, text, tasks, keep_unknown_tasks, fmt != "effbench", out)
    if not out.samples:
        raise SampleError(f"{path}: has samples, but only of other tasks: none of {_listed(tasks)}"
                          if out.others else f"{path}: no samples")
    if out.overridden and warn:
        first_where, first_model = out.overridden[0]
        warn(f"{path}: --model {model!r} replaces the model of {len(out.overridden)} sample(s) that name another "
             f"(first at {first_where}: {first_model!r})")
    return out.samples


def _listed(tasks: dict[str, Task], limit: int = 10) -> str:
    """The ids of the tasks asked for, the first *limit* of them (a whole suite would be one very long line)."""
    ids = sorted(tasks)
    return ", ".join(ids[:limit]) + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def samples_name(path: Path) -> str:
    """The name of a samples file or folder without its format's suffixes (``s.jsonl.gz`` -> ``s``)."""
    name = Path(path).name
    return Path(name[:-3] if name.endswith(".gz") else name).stem


def check_model_name(name, where: str) -> str:
    """Model names are non-empty strings: they key samples and leaderboard rows."""
    return check_name(name, "model", where)


def check_name(name, field: str, where: str) -> str:
    """A name that keys samples (``model``, ``sample_id``): a non-empty string that shows as itself.  An empty
    ``sample_id`` made the key ``model/task/``, shown as nothing in tables and profiles."""
    if not isinstance(name, str):
        raise SampleError(f"{where}: '{field}' must be a string, not {type(name).__name__} {_short(name)}")
    if not name.strip():
        raise SampleError(f"{where}: '{field}' must not be empty")
    return check_showable(name, field, where)


def check_showable(name: str, field: str, where: str) -> str:
    """Names are shown in tables and reports as they are, so each must be text that shows as itself (no newline,
    control, format character or lone surrogate: see tables.unshowable)."""
    bad = unshowable(name)
    if bad is not None:
        raise SampleError(f"{where}: '{field}' holds {code_point(bad)}, which tables and reports cannot show; "
                          f"'{field}' must be printable text")
    return name


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _read_text(path: Path) -> str:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise SampleError(f"{path}: no such samples file") from None
    except OSError as exc:
        raise SampleError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        raw = read_limited(handle, str(path), SampleError,
                           hint=" (split it by task or model, run each part, and join the runs with `effbench "
                                "leaderboard`)")
    try:
        return raw.decode("utf-8-sig")  # a byte-order mark (Windows editors, PowerShell) is not part of the text
    except UnicodeDecodeError as exc:
        raise SampleError(f"{path}: not UTF-8 ({exc})") from None


class _Collector:
    """Builds Samples with unique keys (model/task/sample_id), numbering samples per model and task; *model*
    (``--model``) names the samples, and the rows it overrides are remembered for one warning."""

    def __init__(self, model: str | None = None):
        self.samples: list[Sample] = []
        self.counters: dict[tuple[str, str], int] = {}
        self.seen: set[str] = set()
        self.model = model
        self.overridden: list[tuple[str, str]] = []
        self.others = False  # samples of tasks not asked for were dropped (keep_unknown_tasks): said if none is left

    def add(self, where: str, task_id: str, model: str | None, sample_id, code: str, line: int) -> None:
        if model is not None and self.model is not None and model != self.model:
            self.overridden.append((where, model))
        model = self.model or model or DEFAULT_MODEL
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


def _resolve(task_id: str, tasks: dict[str, Task], by_origin: dict, where: str) -> Task | None:
    """An effbench task id, or (with *by_origin*) the origin's, ``HumanEval/0`` or ``HumanEval_0``."""
    task = tasks.get(task_id)
    if task is None and by_origin:
        found = by_origin.get(task_id) or by_origin.get(task_id.replace("_", "/"))
        task = _one(found, f"task id {task_id!r}", where) if found else None
    return task


def _row_code(row: dict, task: Task, where: str) -> str:
    solution, completion = row.get("solution"), row.get("completion")
    if solution is not None and completion is not None:
        raise SampleError(f"{where}: has both 'solution' and 'completion'; give one")
    if isinstance(solution, str):
        return solution
    if isinstance(completion, str):
        return task.prompt + completion
    raise SampleError(f"{where}: needs a 'solution' or a 'completion' string")


def _load_jsonl(path: Path, text: str, tasks: dict[str, Task], keep_unknown: bool, origin_ids: bool,
                out: _Collector) -> None:
    by_origin = _origin_index(tasks, "task_id") if origin_ids else {}
    for lineno, line in enumerate(jsonfile.lines(text), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        row = jsonfile.loads(line, where, SampleError)
        if not isinstance(row, dict):
            array = " (this one is a JSON array: write each sample as an object on a line of its own)" \
                if isinstance(row, list) else ""
            raise SampleError(f"{where}: each line must be a JSON object{array}")
        task_id = row.get("task_id")
        if task_id is None:
            raise SampleError(f"{where}: missing field 'task_id'")
        if not isinstance(task_id, str):
            raise SampleError(f"{where}: 'task_id' must be a string, not {type(task_id).__name__} {_short(task_id)}")
        model, sample_id = row.get("model"), row.get("sample_id")
        if model is not None:
            check_model_name(model, where)
        if sample_id is not None:
            check_name(sample_id, "sample_id", where)
        task = _resolve(task_id, tasks, by_origin, where)
        if task is None:
            if keep_unknown:
                out.others = True
                continue
            raise SampleError(f"{where}: unknown task id {task_id!r}")
        out.add(where, task.id, model, sample_id, _row_code(row, task, where), lineno)


def _load_evalplus_folder(path: Path, tasks: dict[str, Task], keep_unknown: bool, out: _Collector) -> None:
    """EvalPlus's folder of samples: ``<task_id>/<n>.py``, each file a whole solution (``HumanEval_0/3.py``)."""
    entries = sorted(p for p in path.iterdir() if not is_hidden(p.name))
    files = [f for d in entries if d.is_dir() for f in _sample_files(d)]
    suite = next((e for e in entries if e.is_dir() and (e / "task.toml").is_file()), None)
    if suite is not None:  # its generators and experts would be read as one model's samples
        raise SampleError(f"{path}: a task suite ({suite.name} holds a task.toml), not samples; a suite is --tasks-dir")
    if not files or any(not e.is_dir() for e in entries):
        raise SampleError(f"{path}: a folder, but not an EvalPlus samples folder (<task_id>/<n>.py files)")
    by_origin = _origin_index(tasks, "task_id")
    for task_dir in entries:
        where = f"{path}/{task_dir.name}"
        task = _resolve(task_dir.name, tasks, by_origin, where)
        if task is None:
            if keep_unknown:
                out.others = True
                continue
            raise SampleError(f"{where}: unknown task id {task_dir.name!r}")
        for file in _sample_files(task_dir):
            where = str(file)
            try:
                code = file.read_text(encoding="utf-8-sig")  # a byte-order mark is no part of the code, as for Python
            except UnicodeDecodeError as exc:
                raise SampleError(f"{where}: not UTF-8 ({exc})") from None
            out.add(where, task.id, None, check_showable(file.stem, "sample_id", where), code, 0)


def _sample_files(task_dir: Path) -> list[Path]:
    """The samples of one task in an EvalPlus folder, in number order: its ``.py`` files but hidden ones (a Mac's
    ``._3.py`` beside a copied ``3.py``)."""
    return sorted((f for f in task_dir.iterdir() if f.suffix == ".py" and f.is_file() and not is_hidden(f.name)),
                  key=_numeric)


def _numeric(file: Path) -> tuple:
    """0.py, 1.py, ..., 10.py in number order; other names after them, by name."""
    return (0, int(file.stem), "") if file.stem.isdigit() else (1, 0, file.stem)


def _enamel_object(text: str) -> dict | None:
    """ENAMEL's samples, list or object form (None if the text is not that): see importers.enamel_samples."""
    try:
        return enamel_samples.parse(text)
    except RecursionError:  # too deep for ENAMEL's; the JSONL reader says where
        return None


def _load_enamel(path: Path, data: dict, tasks: dict[str, Task], keep_unknown: bool, out: _Collector) -> None:
    by_index = _origin_index(tasks, "index")
    listed = isinstance(data, enamel_samples.Listed)  # the list form covers every problem, imported or not
    matched = 0
    for key, codes in data.items():
        index = int(key)
        where = f"{path}: problem {index}"
        found = [t for t in by_index.get(index, []) if t.origin == "enamel"]
        if not found:
            if keep_unknown or listed:
                out.others = out.others or bool(codes)  # an empty entry is no sample, of this task or another
                continue
            raise SampleError(f"{where}: no imported ENAMEL task has this problem index")
        matched += 1
        task = _one(found, f"problem index {index}", where)
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise SampleError(f"{where}: must be a list of code strings")
        for code in codes:
            out.add(where, task.id, None, None, enamel_samples.program(task.prompt, task.entry_point, code), 0)
    if listed and not matched and not keep_unknown:  # (keep_unknown: only the tasks asked for are wanted)
        raise SampleError(f"{path}: none of its {len(data)} problems is an imported ENAMEL task (import them with "
                          f"`effbench import enamel enamel.csv --out DIR`, then run with --tasks-dir DIR)")


# Formats ``auto`` recognises, tried in order; what none claims is JSONL.
DETECTORS: list[Reader] = [
    Reader("enamel", "ENAMEL", "a JSON list, or object keyed by problem index, of lists of code", _enamel_object,
           _load_enamel),
]


def _detect(path: Path, text: str, fmt: str) -> tuple[Reader | None, object]:
    """The reader for *text* and its parsed data: the one *fmt* names, or in ``auto`` the first that recognises it
    ((None, None): JSONL)."""
    for reader in DETECTORS:
        try:
            data = reader.detect(text) if fmt in ("auto", reader.name) else None
        except enamel_samples.Malformed as exc:  # that format's, but broken: said as it, not as JSONL's line 1
            raise SampleError(f"{path}: {exc}") from None
        if data is not None:
            return reader, data
        if fmt == reader.name:
            raise SampleError(f"{path}: not {reader.label} samples ({reader.shape})")
    return None, None
