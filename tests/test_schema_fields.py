"""The shipped schemas say what effbench writes, field by field.

Every field of every schema has a description (its meaning, with its unit): users read leaderboard.json and a run
directory's files with their own tools, and the schema is where they look.  The schemas of what effbench writes from
a dataclass (a records.jsonl line, a samples.jsonl row, run.json's settings, a sweep, a profile, a tier file, a costs
file) name exactly that dataclass's fields, with its types: a field added to one of them was written undescribed.
What a real run writes is validated against the schemas where that run is made (test_reports, test_install...)."""
from __future__ import annotations

import json
from dataclasses import MISSING, fields
from importlib.resources import files
from typing import get_type_hints

import pytest

from effbench.measuring.complexity_sweep import SubjectSweep, SweepPlan, SweepPoint
from effbench.measuring.records import FAILURES, OVER_LIMIT, RECORD_TYPES, RunRecord, Settings
from effbench.measuring.store import SAMPLE_FIELDS
from effbench.profiling.model import Profile
from effbench.sandbox import base
from effbench.tasks.dpe_tier_file import DpeTier, DpeTierFile
from effbench.tasks.tier_costs import ReferenceCost

SHIPPED = files("effbench").joinpath("schemas")
SCHEMAS = {p.name.removesuffix(".schema.json"): json.loads(p.read_text()) for p in SHIPPED.iterdir()
           if p.name.endswith(".schema.json")}
BY_ID = {doc["$id"]: doc for doc in SCHEMAS.values()}
CONDITIONS = {"if", "contains", "not"}  # subschemas that test a value: their properties are no fields of a file
JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def resolve(ref: str, doc: dict) -> tuple[dict, dict]:
    """The node a ``$ref`` names (in *doc*, or in the shipped schema whose ``$id`` it starts with), and its doc."""
    base_id, _, pointer = ref.partition("#")
    doc = BY_ID[base_id] if base_id else doc
    node = doc
    for part in filter(None, pointer.split("/")):
        node = node[part]
    return node, doc


def described(node: dict, doc: dict) -> bool:
    if node.get("description"):
        return True
    return "$ref" in node and described(*resolve(node["$ref"], doc))


def undescribed(node, doc: dict, at: str = "") -> list[str]:
    """The JSON pointers of the properties under *node* that neither have a description nor refer to a node that
    has one."""
    out: list[str] = []
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            out += [f"{at}/properties/{name}" for name, sub in props.items() if not described(sub, doc)]
        for key, sub in node.items():
            if key not in CONDITIONS:
                out += undescribed(sub, doc, f"{at}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            out += undescribed(sub, doc, f"{at}/{i}")
    return out


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_field_of_every_shipped_schema_says_what_it_means(name):
    """records.jsonl, samples.jsonl, expected/ and the costs file had no schema; run.json's machine and runner,
    the tier file's fields, a profile's functions, the manifest's checker... had names alone."""
    assert undescribed(SCHEMAS[name], SCHEMAS[name]) == []


def props(schema: str, pointer: str) -> dict:
    return resolve(f"#{pointer}", SCHEMAS[schema])[0]["properties"]


def json_types(node: dict) -> set[str]:
    """The JSON types a field's schema allows (an enum's: its values')."""
    if "enum" in node:
        return {JSON_TYPES[type(v)] for v in node["enum"]}
    kinds = node["type"]
    return {kinds} if isinstance(kinds, str) else set(kinds)


def test_a_records_line_is_a_run_record_field_for_field():
    """The schema of records.jsonl and RunRecord (whose reader checks the JSON types of RECORD_TYPES) agree on the
    fields, their types and which ones every line has."""
    schema = resolve("#/$defs/record", SCHEMAS["run-files"])[0]
    assert list(schema["properties"]) == [f.name for f in fields(RunRecord)]
    for name, kinds in RECORD_TYPES.items():
        allowed = {JSON_TYPES[k] for k in kinds} - ({"integer"} if float in kinds else set())
        assert json_types(schema["properties"][name]) == allowed, name
    without_default = [f.name for f in fields(RunRecord) if f.default is MISSING and f.default_factory is MISSING]
    assert schema["required"] == without_default


def test_a_records_status_is_one_effbench_gives():
    statuses = props("run-files", "/$defs/record")["status"]["enum"]
    assert set(statuses) == FAILURES | OVER_LIMIT | {base.OK, base.INFRA} and len(statuses) == len(set(statuses))


def test_a_samples_row_is_what_the_store_reads():
    schema = resolve("#/$defs/sample", SCHEMAS["run-files"])[0]
    assert set(schema["properties"]) == set(schema["required"]) == set(SAMPLE_FIELDS)
    assert all(json_types(schema["properties"][name]) == {JSON_TYPES[kind]} for name, kind in SAMPLE_FIELDS.items())


@pytest.mark.parametrize("schema, pointer, written", [
    ("run-files", "/$defs/run/properties/settings", [f.name for f in fields(Settings)]),
    ("complexity", "/properties/meta/properties/plan", [f.name for f in fields(SweepPlan)]),
    ("complexity", "/properties/sweeps/items/properties/points/items", [f.name for f in fields(SweepPoint)]),
    ("complexity", "/properties/sweeps/items", [f.name for f in fields(SubjectSweep)]),
    ("dpe-tiers", "", [f.name for f in fields(DpeTierFile)]),
    ("dpe-tiers", "/properties/tiers/items", [f.name for f in fields(DpeTier)]),
    ("task-costs", "/$defs/task/properties/tiers/items", list(ReferenceCost("a", 1.0, False).to_dict())),
    ("profile", "", list(Profile("t", "sample", "m/t/0", "m", "0", 1, 0, "cpu", "cprofile", "", "seconds").to_dict())),
])
def test_a_schema_names_every_field_effbench_writes_there(schema, pointer, written):
    assert set(props(schema, pointer)) == set(written)


def test_the_settings_schema_has_the_settings_types():
    schema = props("run-files", "/$defs/run/properties/settings")
    assert all(json_types(schema[name]) == {JSON_TYPES[hint]} for name, hint in get_type_hints(Settings).items())
