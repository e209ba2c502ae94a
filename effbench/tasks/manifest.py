"""A task manifest's shape (``task.toml``), checked against ``effbench/schemas/task.schema.json``.

The schema is the one home of the shape: the fields, their types, ranges, choices and defaults, for task authors,
editors and other tools alike.  A manifest that does not fit is one :class:`TaskError` line naming the file and the
field, as the hand-written checks it replaces said it: the first failure in the manifest's field order (what a
reader fixes first), in the words of the schema's ``x-error`` where it has one.  Rules that span fields (the level
lists' lengths, the id and the folder's name) are the loader's (:mod:`effbench.tasks.task`).

Two rules are TOML's, not JSON's, and are added to draft 2020-12 here: a float such as ``1e9`` is not an integer,
and NaN and infinities (TOML has both, and would pass a JSON Schema range) fail the ``finite`` keyword.
"""
from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterator, Mapping
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from effbench.errors import TaskError
from effbench.schema_check import field_path

if TYPE_CHECKING:
    from jsonschema import ValidationError

SCHEMA: dict = json.loads(files("effbench").joinpath("schemas/task.schema.json").read_text())
FIELDS = tuple(SCHEMA["properties"])  # the order failures are reported in
# Which failure of one field is said first: its type before its value, its own before its items'.
KEYWORDS = ("type", "required", "enum", "pattern", "minItems", "finite", "minimum", "maximum", "contains",
            "maxContains")
TYPE_NAMES = {"string": "str", "integer": "int", "number": "a number", "boolean": "bool", "array": "list",
              "object": "dict"}


@functools.cache
def task_validator_class() -> type:
    """Draft 2020-12 with TOML's two rules.  Made when a manifest is first checked, not on import: jsonschema takes
    about 30 ms to import, which every command that loads no task (``effbench --help``, ``report``, ``compare``)
    paid at start-up through this module."""
    from jsonschema import Draft202012Validator, ValidationError, validators

    def finite(validator, finite: bool, instance: Any, schema: dict) -> Iterator[ValidationError]:
        if finite and isinstance(instance, float) and not math.isfinite(instance):
            yield ValidationError(f"{instance!r} is not finite")

    def integer(checker, instance: Any) -> bool:
        return isinstance(instance, int) and not isinstance(instance, bool)

    return validators.extend(Draft202012Validator, {"finite": finite},
                             type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", integer))


@functools.cache
def _validator():
    return task_validator_class()(SCHEMA)


def default(*keys: str) -> Any:
    """The schema's default of a field (``default("levels", "tests")``): the loader's, and the documentation's."""
    node = SCHEMA
    for key in keys:
        node = node["properties"][key]
    return node["default"]


def check_manifest(manifest: Mapping, where: Path) -> None:
    """Raise one TaskError line for the first way *manifest* does not fit the schema; nothing if it fits."""
    errors = list(_validator().iter_errors(manifest))
    if errors:
        raise TaskError(f"{where}: {_message(min(errors, key=_rank), manifest)}")


def _rank(error: ValidationError) -> tuple:
    top = error.path[0] if error.path else _missing(error)
    kind = KEYWORDS.index(error.validator) if error.validator in KEYWORDS else len(KEYWORDS)
    return FIELDS.index(top) if top in FIELDS else len(FIELDS), kind, len(error.path), [str(p) for p in error.path]


def _missing(error: ValidationError) -> str:
    if error.validator == "required":
        return next((k for k in error.validator_value if k not in error.instance), "")
    return ""


def _message(error: ValidationError, manifest: Mapping) -> str:
    """The error in effbench's words: the nearest ``x-error`` that covers it (a string covers its whole subtree, an
    object the keywords of its own level), else a sentence made from the failing keyword."""
    node: Any = SCHEMA
    inst: Any = manifest
    parts: list = []
    found = None
    spath, ipath = list(error.absolute_schema_path), list(error.path)
    i = 0
    while True:
        text = node.get("x-error") if isinstance(node, dict) else None
        if isinstance(text, str) or (isinstance(text, dict) and i >= len(spath) - 1 and error.validator in text):
            found = (text if isinstance(text, str) else text[error.validator], inst, list(parts))
        if i + 1 < len(spath) and spath[i] == "properties":
            node, i = node["properties"][spath[i + 1]], i + 2
        elif i < len(spath) and spath[i] == "items" and len(parts) < len(ipath):
            node, i = node["items"], i + 1
        else:
            break
        parts.append(ipath[len(parts)])
        inst = inst[parts[-1]]
    if found:
        text, value, at = found
        return text.format(field=field_path(at), value=value)
    return _sentence(error, field_path(ipath), error.instance)


def _sentence(error: ValidationError, field: str, value: Any) -> str:
    keyword, schema = error.validator, error.schema
    if keyword == "required":
        return f"missing field {field_path([*error.path, _missing(error)])!r}"
    if keyword == "additionalProperties":
        unknown = sorted(set(value) - set(schema.get("properties", {})))
        where = f" in {field}" if field else ""
        return f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}{where} " \
               f"(misspelt? tasks/FORMAT.md lists the keys)"
    if keyword == "type":
        return f"field {field!r} must be {TYPE_NAMES.get(str(error.validator_value), error.validator_value)}, " \
               f"got {value!r}"
    if keyword == "enum":
        return f"{field} must be one of {', '.join(map(str, error.validator_value))}, got {value!r}"
    if keyword in ("minimum", "maximum", "finite"):
        kind = "an integer" if schema.get("type") == "integer" else "a number"
        low, high = schema.get("minimum"), schema.get("maximum")
        bound = f"from {low} to {high}" if high is not None else f"of at least {low}"
        return f"field {field!r} must be {kind} {bound}, got {value!r}"
    return f"field {field!r}: {error.message}"
