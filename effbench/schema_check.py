"""Files effbench reads back (leaderboards, which users merge and pass around) checked against the JSON Schemas it
ships in ``effbench/schemas/``, so that a file that is not what effbench writes is one line naming the file and the
field, not a KeyError or TypeError from whichever report, comparison or merge reads that field first.

The schemas are the one home of those shapes; the task manifest has checks of its own on top of its schema
(:mod:`effbench.tasks.manifest`).  A schema may refer to another by its ``$id`` (run.json's machine is the
leaderboard's), so every validator resolves references among all the shipped schemas; a part of a schema that
holds several files' shapes (``run-files``: run.json, tasks.json, a results.jsonl row) is named by its ``$defs`` key.
"""
from __future__ import annotations

import json
import math
from functools import cache
from importlib.resources import files

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource


def _schema(name: str) -> dict:
    return json.loads(files("effbench").joinpath(f"schemas/{name}.schema.json").read_text())


@cache
def _registry() -> Registry:
    docs = [json.loads(p.read_text()) for p in files("effbench").joinpath("schemas").iterdir()
            if p.name.endswith(".schema.json")]
    return Registry().with_resources([(d["$id"], Resource.from_contents(d)) for d in docs])


@cache
def _validator(name: str, part: str | None = None) -> Draft202012Validator:
    schema = _schema(name)
    if part is not None:
        schema = {"$ref": f"{schema['$id']}#/$defs/{part}"}
    return Draft202012Validator(schema, registry=_registry())


def field_path(parts) -> str:
    """``levels.sizes``, ``meta.runs[0].meta``: a field as the file's author would write it."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def first_problem(instance, schema: str, part: str | None = None) -> str | None:
    """How *instance* does not fit ``schemas/<schema>.schema.json`` (or its ``$defs`` *part*) (its most relevant
    error, one line), or None.  Every number must also be finite: effbench writes null where a figure cannot be
    estimated, never NaN or Infinity, and those pass every minimum and maximum of a schema (each comparison with
    NaN is false), to end a report later in whatever arithmetic meets them first."""
    error = best_match(_validator(schema, part).iter_errors(instance))
    if error is None:
        return _non_finite(instance)
    where = field_path(error.absolute_path) or "the top level"
    message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
    return f"{where}: {message}"


def _non_finite(instance) -> str | None:
    """The first number of *instance* that is NaN or infinite, said with its field; None if there is none.  A walk
    with a stack of its own: the document has been parsed, but may still be nested deeper than the recursion limit."""
    todo: list[tuple[object, tuple]] = [(instance, ())]
    while todo:
        node, at = todo.pop()
        if isinstance(node, float) and not math.isfinite(node):
            return f"{field_path(at) or 'the top level'}: {node} is not a finite number"
        if isinstance(node, dict):
            todo.extend((v, (*at, k)) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            todo.extend((v, (*at, i)) for i, v in reversed(list(enumerate(node))))
    return None
