"""``effbench import enamel``: ENAMEL's ``enamel.csv`` as effbench task folders that score as ENAMEL scores.

One CSV record is one problem (columns ``task_id, prompt, input_generator, input_levels, reference_solution,
checker, entry_point``); its 0-based position is ENAMEL's *problem index*, which ENAMEL's samples files are keyed by,
so the task keeps it (``origin_params.index``).  Each problem becomes:

* ``task.toml`` with ENAMEL's parameters: levels with hardness 0/3/3/4; tests 8/4/4/4, where level 0's eight
  tests are the hand cases (below), so ``levels.tests`` is 0/4/4/4; ``levels.sizes`` are ENAMEL's level numbers
  (0-3), which the generator maps to ENAMEL's sizes (``origin_params.input_levels``).  Repeats 6, alpha 2 and
  seed 998244353 are effbench run's defaults already; the manifest records them under ``origin_params``;
* ``prompt.py`` (what ENAMEL prepends to a sample), ``problem.md``;
* ``solutions/reference.py``: the prompt completed by ENAMEL's reference body, the only (expert) reference;
* ``generator.py``, ``cases.py``, ``checker.py`` over :mod:`.enamel_runtime` (``checker = "custom"``).
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

from .common import (DatasetImportError, ImportReport, RowError, TaskFolder, check_compiles, collect, finish,
                     problem_markdown, require_identifier, require_str, safe_label, signature_of, task_slug,
                     toml_document, top_level_def)

ORIGIN = "enamel"
COLUMNS = ("task_id", "prompt", "input_generator", "input_levels", "reference_solution", "checker", "entry_point")
TESTS = [8, 4, 4, 4]
HARDNESS = [0, 3, 3, 4]
REPEATS, ALPHA, SEED = 6, 2.0, 998244353
FIELD_LIMIT = 1 << 28  # ENAMEL's fields are whole programs; csv's default cap (128 KiB) is too small for some


def read_rows(path: Path) -> list[tuple[int, dict]]:
    """(1-based record number, row) for each CSV record; a missing file or header is the whole file's fault."""
    path = Path(path)
    old = csv.field_size_limit()
    csv.field_size_limit(FIELD_LIMIT)
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise DatasetImportError(f"{path}: not an ENAMEL problems file (missing column(s) "
                                         f"{', '.join(missing)})")
            return [(n, row) for n, row in enumerate(reader, 1)]
    except FileNotFoundError:
        raise DatasetImportError(f"{path}: no such file") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DatasetImportError(f"{path}: unreadable CSV ({exc})") from None
    finally:
        csv.field_size_limit(old)


def _levels(text) -> list[int]:
    parts = text.split() if isinstance(text, str) else []
    try:
        sizes = [int(p) for p in parts]
    except ValueError:
        sizes = []
    if len(sizes) != len(TESTS) or any(s < 0 for s in sizes):
        raise RowError(f"input_levels must be {len(TESTS)} non-negative integers (one size per level), "
                       f"got {text!r}")
    return sizes


def build_task(number: int, row: dict) -> TaskFolder:
    """Check one row and lay out its task folder; RowError says what is wrong with it."""
    origin_id = require_str(row, "task_id").strip()
    task_id = task_slug(ORIGIN, origin_id)
    entry = require_identifier(row, "entry_point")
    prompt = require_str(row, "prompt")
    fn = top_level_def(check_compiles(prompt, "prompt"), entry)
    if fn is None:
        raise RowError(f"prompt does not define entry_point {entry}")
    sizes = _levels(row.get("input_levels"))
    generator = require_str(row, "input_generator")
    if top_level_def(check_compiles(prompt + "\n" + generator, "input_generator"), "generate_input") is None:
        raise RowError("input_generator does not define generate_input(size, lid, cid)")
    reference = prompt + "\n" + require_str(row, "reference_solution")
    check_compiles(reference, "reference_solution (after the prompt)")
    checker = require_str(row, "checker")
    if top_level_def(check_compiles(prompt + "\n    pass\n" + checker, "checker"), "__check") is None:
        raise RowError("checker does not define __check(input, answer, output)")
    index = number - 1  # ENAMEL's problem index: the record's 0-based position
    manifest = toml_document(
        {"id": task_id, "title": f"{origin_id} (ENAMEL)", "category": "enamel", "difficulty": "medium",
         "entry_point": entry, "signature": signature_of(fn), "checker": "custom", "memory_mb": 1024,
         "origin": ORIGIN},
        {"levels": {"sizes": list(range(len(TESTS))), "tests": [0] + TESTS[1:], "hardness": HARDNESS},
         "origin_params": {"task_id": origin_id, "index": index, "input_levels": sizes, "tests": TESTS,
                           "hardness": HARDNESS, "repeats": REPEATS, "alpha": ALPHA, "seed": SEED}},
        {"references": [{"name": "reference", "file": "solutions/reference.py", "complexity": "ENAMEL reference",
                         "expert": True}]})
    return TaskFolder(task_id, origin_id, {
        "task.toml": manifest,
        "prompt.py": prompt,
        "problem.md": problem_markdown(origin_id, "ENAMEL", prompt),
        "solutions/reference.py": reference,
        "generator.py": _generator_py(safe_label(origin_id), prompt, generator, sizes, index),
        "cases.py": _CASES_PY.format(origin_id=safe_label(origin_id), n=TESTS[0]),
        "checker.py": _CHECKER_PY.format(origin_id=safe_label(origin_id), prompt=prompt, checker=checker),
    })


def _generator_py(origin_id: str, prompt: str, source: str, sizes: list[int], index: int) -> str:
    # the origin's code is embedded (not referenced) so that the input cache, keyed by this file, sees every change
    return f'''"""ENAMEL's input generator of {origin_id} behind effbench's generate(size, rng).

Written by `effbench import enamel`.  The manifest's level sizes are ENAMEL level numbers; ENAMEL's own sizes
are input_levels below.
"""
from effbench.importers.enamel_runtime import EnamelSource

SOURCE = EnamelSource(
    prompt={prompt!r},
    generator={source!r},
    input_levels={sizes!r},
    tests={TESTS!r},
    index={index!r},
    seed={SEED!r},
)


def generate(size, rng, index=None):
    return SOURCE.generate(size, rng, index)
'''


_CASES_PY = '''"""ENAMEL's level 0 of {origin_id} ({n} tests, numbered and seeded as ENAMEL does) as hand cases.

ENAMEL has no hand-written cases; its generators put their edge cases at level 0.  The expert's outputs are the
expected ones.  Generated on the host from the generator.py next to this file.
"""
from effbench.importers.enamel_runtime import sibling_source

CASES = sibling_source(__file__).level0_cases()
'''

_CHECKER_PY = '''"""ENAMEL's checker of {origin_id} as effbench's check(args, output, expected) (effbench import)."""
from effbench.importers.enamel_runtime import EnamelChecker

check = EnamelChecker(
    prompt={prompt!r},
    checker={checker!r},
)
'''


def import_enamel(path: Path, out: Path, skip_bad: bool = False,
                  warn: Callable[[str], None] = lambda message: None) -> ImportReport:
    """Import every problem of an ENAMEL CSV into *out*; all-or-nothing unless *skip_bad*."""
    folders, problems = collect(read_rows(path), build_task)
    return finish(Path(path), ORIGIN, folders, problems, Path(out), skip_bad, warn)
