"""ENAMEL's and EvalPerf's formats as the importer tests use them: the fixture files (tests/fixtures/enamel,
tests/fixtures/evalperf: tiny problems of our own), their rows, the CLI, and the tasks imported from them, as module
fixtures (tests/conftest.py makes them every test module's)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.importers import import_enamel, import_evalperf


FIXTURES = Path(__file__).parent / "fixtures"
ENAMEL_CSV = FIXTURES / "enamel" / "enamel.csv"
ENAMEL_SAMPLES = FIXTURES / "enamel" / "samples.json"
EVALPERF_JSONL = FIXTURES / "evalperf" / "evalperf.jsonl"
EVALPLUS_SAMPLES = FIXTURES / "evalperf" / "samples.jsonl"


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def enamel_rows() -> list[dict]:
    with ENAMEL_CSV.open(newline="") as handle:
        return list(csv.DictReader(handle))


def evalperf_rows() -> list[dict]:
    return [json.loads(line) for line in EVALPERF_JSONL.read_text().splitlines()]


@pytest.fixture(scope="module")
def enamel_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("enamel") / "tasks"
    import_enamel(ENAMEL_CSV, out, all_problems=True)  # toy-2 has index 2, outside the benchmark
    return out


@pytest.fixture(scope="module")
def evalperf_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("evalperf") / "tasks"
    import_evalperf(EVALPERF_JSONL, out)
    return out
