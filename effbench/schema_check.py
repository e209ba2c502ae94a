"""Files effbench reads back (leaderboards, which users merge and pass around) checked against the JSON Schemas it
ships in ``effbench/schemas/``, so that a file that is not what effbench writes is one line naming the file and the
field, not a KeyError or TypeError from whichever report, comparison or merge reads that field first.

The schemas are also what users read a run directory's files by, each field with its meaning and unit:
:data:`RUN_DIR_FILES` says which schema describes which file, and :func:`run_dir_problems` checks a whole directory
against them (records.jsonl, samples.jsonl and expected/ are not checked against theirs where effbench reads them:
their readers check the few fields they use, a line at a time, over files of hundreds of thousands of lines).

The schemas are the one home of those shapes; the task manifest has checks of its own on top of its schema
(:mod:`effbench.tasks.manifest`).  A schema may refer to another by its ``$id`` (run.json's machine is the
leaderboard's), so every validator resolves references among all the shipped schemas; a part of a schema that
holds several files' shapes (``run-files``: run.json, tasks.json, a results.jsonl row) is named by its ``$defs`` key.

The check is jsonschema-rs's compiled Draft 2020-12 validator, built once per schema: users bring leaderboards of
thousands of models, and the pure-Python ``jsonschema`` took 64 s of CPU to check one of 3,000 models over 103
tasks (it re-resolves every ``$ref`` at every node; ``benchmarks/board_reading.py``).  Formats are not asserted (the
draft's default), as before.
"""
from __future__ import annotations

import json
import math
import re
import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

import jsonschema_rs

from effbench import jsonfile
from effbench.tables import printable

# Which shipped schema (and which of its $defs, or None for the whole) describes each file of a run directory, by a
# glob from the directory: the one map from files to their schemas, for run_dir_problems and for the README's
# consumers.  A JSON-lines file (.jsonl) is described a line at a time.
RUN_DIR_FILES: dict[str, tuple[str, str | None]] = {
    "run.json": ("run-files", "run"), "samples.jsonl": ("run-files", "sample"),
    "records.jsonl": ("run-files", "record"), "expected/*.jsonl": ("run-files", "expected"),
    "results.jsonl": ("run-files", "result"), "tasks.json": ("run-files", "tasks"),
    "leaderboard.json": ("leaderboard", None), "complexity.json": ("complexity", None),
    "profiles/index.json": ("profile-index", None), "profiles/*.json": ("profile", None),
}
# profiles/ also holds speedscope's exports, which are speedscope's format (and the index, described above)
NOT_DESCRIBED = ("*.speedscope.json", "profiles/index.json")

# The largest integer a double holds without overflow: a number past it is one no JSON reader need accept (RFC 8259
# section 6), and arithmetic on it as a float raises OverflowError in whichever report meets it first.
LARGEST = sys.float_info.max


def _schema(name: str) -> dict:
    return json.loads(files("effbench").joinpath(f"schemas/{name}.schema.json").read_text())


def enums(name: str, part: str) -> dict[str, frozenset]:
    """The fields of ``$defs`` *part* of ``schemas/<name>.schema.json`` that hold one of a few values, and those
    values: the one list of a records.jsonl line's phases and statuses, for a reader that checks a line by hand
    (:func:`effbench.measuring.records.record_problem`)."""
    props = _schema(name)["$defs"][part]["properties"]
    return {field: frozenset(spec["enum"]) for field, spec in props.items() if "enum" in spec}


@cache
def _registry() -> jsonschema_rs.Registry:
    docs = [json.loads(p.read_text()) for p in files("effbench").joinpath("schemas").iterdir()
            if p.name.endswith(".schema.json")]
    return jsonschema_rs.Registry([(d["$id"], d) for d in docs])


@cache
def _validator(name: str, part: str | None = None) -> jsonschema_rs.Draft202012Validator:
    schema = _schema(name)
    if part is not None:
        schema = {"$ref": f"{schema['$id']}#/$defs/{part}"}
    return jsonschema_rs.Draft202012Validator(schema, registry=_registry(), validate_formats=False, offline=True)


def field_path(parts) -> str:
    """``levels.sizes``, ``meta.runs[0].meta``: a field as the file's author would write it, each character that
    would not show as itself escaped (a key is the file's text: a model's name with a newline or a right-to-left
    override broke or reversed the error line)."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return printable(out)


def first_problem(instance, schema: str, part: str | None = None) -> str | None:
    """How *instance* does not fit ``schemas/<schema>.schema.json`` (or its ``$defs`` *part*) (its most relevant
    error, one line), or None.  Every number must also be finite and within a double's range, checked first:
    effbench writes null where a figure cannot be estimated, never NaN or Infinity, and those pass every minimum and
    maximum of a schema (each comparison with NaN is false), to end a report later in whatever arithmetic meets them
    first; the validator would also read NaN as null."""
    problem = _non_finite(instance)
    if problem:
        return problem
    validator = _validator(schema, part)
    try:
        try:
            error = _first_error(validator, instance)
        except UnicodeEncodeError:  # a lone surrogate ("\ud800" is valid JSON), which Rust's strings cannot hold
            error = _first_error(validator, _without_surrogates(instance))
    except (ValueError, RecursionError) as exc:  # its recursion limit, near the JSON parser's (about 1000 levels)
        if not isinstance(exc, RecursionError) and "recursion" not in str(exc).lower():
            raise
        return "the top level: nested too deeply"
    if error is None:
        return None
    where = field_path(error.instance_path) or "the top level"
    # the validator quotes values as JSON, which leaves a line separator or a right-to-left override as it is
    message = printable(error.message)
    message = message if len(message) <= 160 else message[:157] + "..."
    return f"{where}: {message}"


def _first_error(validator, instance):
    """The error to tell (:func:`_best`), or None.  Either call may meet a lone surrogate, which is why they are
    tried together: the check can find a problem without reading a string that the error's text then quotes."""
    if validator.is_valid(instance):
        return None
    return _best(list(validator.iter_errors(instance)))


SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(node):
    """*node* with each lone surrogate in its strings and keys replaced by U+FFFD: one character for another, so
    lengths are kept, and neither is matched by the schemas' patterns (hex digits, digits, paths)."""
    if isinstance(node, str):
        return SURROGATE.sub("\ufffd", node)
    if isinstance(node, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_without_surrogates(v) for v in node]
    return node


def _best(errors: list):
    """The error to tell the user, as jsonschema's ``best_match`` picks it: the one nearest the top (the first of
    those), and inside a ``oneOf``/``anyOf`` that none of its branches fits, the error of the one branch whose type
    the value has (``runner`` is null or an object: an object missing ``runner`` is told that, not that it is
    neither)."""
    best = min(errors, key=lambda e: len(e.instance_path))
    while True:
        branches = getattr(best.kind, "context", None) or []
        fitting = [b for b in branches if b and not any(e.kind.name == "type" and e.instance_path == best.instance_path
                                                        for e in b)]
        if len(fitting) != 1:
            return best
        best = min(fitting[0], key=lambda e: len(e.instance_path))


def _non_finite(instance) -> str | None:
    """The first number of *instance* that is NaN, infinite or past a double's range, said with its field; None if
    there is none.  A walk with a stack of its own (the document has been parsed, but may still be nested deeper
    than the recursion limit) and without paths: the path is found by a second walk only when there is such a
    number, so a board of thousands of models is checked in a fraction of a second."""
    if not _any_bad(instance):
        return None
    todo: list[tuple[object, tuple]] = [(instance, ())]
    while todo:
        node, at = todo.pop()
        if _bad(node):
            where = field_path(at) or "the top level"
            if isinstance(node, float):
                return f"{where}: {node} is not a finite number"
            return f"{where}: an integer past a double's range"
        if isinstance(node, dict):
            todo.extend((v, (*at, k)) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            todo.extend((v, (*at, i)) for i, v in reversed(list(enumerate(node))))
    return None


def _bad(node) -> bool:
    kind = type(node)
    return (kind is float and not math.isfinite(node)) or (kind is int and not -LARGEST <= node <= LARGEST)


def _any_bad(instance) -> bool:
    todo = [instance]
    while todo:
        node = todo.pop()
        kind = type(node)
        if kind is dict:
            todo.extend(node.values())
        elif kind is list:
            todo.extend(node)
        elif kind is float:
            if node - node != 0.0:  # inf - inf and nan - nan are nan
                return True
        elif kind is int and not -LARGEST <= node <= LARGEST:
            return True
    return False


def run_dir_problems(run_dir: Path) -> list[str]:
    """Every file of *run_dir* that does not fit the schema :data:`RUN_DIR_FILES` names for it, one line each
    (``records.jsonl:12: level: ...``), or ``[]``: what a consumer of a run directory's files can rely on, checked
    in one call (the tests hold every file a real run writes to it, and a user can check an installed effbench's
    run with its own shipped schemas).  The readers of each file check what they read as they read it; this checks
    a whole directory at once, torn last lines included."""
    problems: list[str] = []
    for pattern, (schema, part) in RUN_DIR_FILES.items():
        for path in sorted(Path(run_dir).glob(pattern)):
            if pattern.startswith("profiles/*") and any(path.match(skip) for skip in NOT_DESCRIBED):
                continue
            name, text = path.relative_to(run_dir).as_posix(), path.read_bytes()
            chunks = [(text, name)] if path.suffix != ".jsonl" else \
                [(line, f"{name}:{n}") for n, line in enumerate(text.splitlines(), 1) if line.strip()]
            problems += filter(None, (_file_problem(chunk, where, schema, part) for chunk, where in chunks))
    return problems


def _file_problem(text: bytes, where: str, schema: str, part: str | None) -> str | None:
    try:
        data = jsonfile.loads(text, where, ValueError)
    except ValueError as exc:
        return str(exc)
    problem = first_problem(data, schema, part)
    return f"{where}: {problem}" if problem else None
