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

import ast
import csv
import io
from pathlib import Path
from collections.abc import Callable

from effbench.importers.common import (DatasetImportError, ImportReport, RowError, TaskFolder, check_compiles, collect,
                                       finish, open_data_file, problem_markdown, require_identifier, require_str,
                                       safe_label, signature_of, task_slug, toml_document, top_level_def)
from effbench.tasks.inputs import SEED

ORIGIN = "enamel"
COLUMNS = ("task_id", "prompt", "input_generator", "input_levels", "reference_solution", "checker", "entry_point")
TESTS = [8, 4, 4, 4]
HARDNESS = [0, 3, 3, 4]
REPEATS, ALPHA = 6, 2.0  # ENAMEL's; its seed is effbench's default (tasks.inputs.SEED)
FIELD_LIMIT = 1 << 28  # ENAMEL's fields are whole programs; csv's default cap (128 KiB) is too small for some
# ENAMEL's benchmark: the problem indices of ``enam.PROBLEMSET`` (tests/test_enamel_inputs.py checks it against enam).
# The 22 others are HumanEval problems ENAMEL left out; they are imported only on request.
PROBLEMSET = tuple(sorted(set(range(164)) - {2, 23, 41, 45, 53, 60, 71, 92, 97, 99, 102, 123, 124, 135, 137, 138,
                                             144, 148, 156, 157, 159, 160}))
HASH_SEED = 0  # PYTHONHASHSEED for generators whose draws depend on it (ENAMEL leaves it random; both runs fix it)


def read_rows(path: Path) -> list[tuple[int, dict]]:
    """(1-based record number, row) for each CSV record; a missing file or header is the whole file's fault."""
    path = Path(path)
    old = csv.field_size_limit()
    csv.field_size_limit(FIELD_LIMIT)
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark, which would be part of the first column's name
        with io.TextIOWrapper(open_data_file(path), newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise DatasetImportError(f"{path}: not an ENAMEL problems file (missing column(s) "
                                         f"{', '.join(missing)})")
            return [(n, row) for n, row in enumerate(reader, 1)]
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


def uses_sets(generator: str) -> bool:
    """Does the generator build a set (whose iteration order over strings follows the hash seed)?"""
    try:
        tree = ast.parse(generator)
    except SyntaxError:  # only compiles after the prompt: fix the hash seed rather than guess
        return True
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.SetComp)):
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("set", "frozenset"):
            return True
    return False


def build_task(number: int, row: dict, enamel_draws: bool = False) -> TaskFolder:
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
        {"id": task_id, "title": f"{safe_label(origin_id)} (ENAMEL)", "category": "enamel", "difficulty": "medium",
         "entry_point": entry, "signature": signature_of(fn), "checker": "custom", "memory_mb": 1024,
         "origin": ORIGIN},
        {"levels": {"sizes": list(range(len(TESTS))), "tests": [0] + TESTS[1:], "hardness": HARDNESS},
         "origin_params": {"task_id": origin_id, "index": index, "input_levels": sizes, "tests": TESTS,
                           "hardness": HARDNESS, "repeats": REPEATS, "alpha": ALPHA, "seed": SEED,
                           "enamel_draws": enamel_draws}},
        {"references": [{"name": "reference", "file": "solutions/reference.py", "complexity": "ENAMEL reference",
                         "expert": True}]})
    return TaskFolder(task_id, origin_id, {
        "task.toml": manifest,
        "prompt.py": prompt,
        "problem.md": problem_markdown(origin_id, "ENAMEL", prompt),
        "solutions/reference.py": reference,
        "generator.py": _generator_py(safe_label(origin_id), prompt, generator, sizes, index, enamel_draws,
                                      HASH_SEED if uses_sets(generator) else None),
        "cases.py": _CASES_PY.format(origin_id=safe_label(origin_id), n=TESTS[0]),
        "checker.py": _CHECKER_PY.format(origin_id=safe_label(origin_id), prompt=prompt, checker=checker),
    })


def _generator_py(origin_id: str, prompt: str, source: str, sizes: list[int], index: int, enamel_draws: bool,
                  hash_seed: int | None) -> str:
    # the origin's code is embedded (not referenced) so that the input cache, keyed by the folder's files, sees every
    # change
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
    enamel_draws={enamel_draws!r},
    hash_seed={hash_seed!r},
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


def select(rows: list[tuple[int, dict]], subset: list[int] | None, all_problems: bool,
           warn: Callable[[str], None]) -> list[tuple[int, dict]]:
    """The records to import: *subset* (problem indices, as ENAMEL's ``--subset``), else ENAMEL's benchmark
    (``PROBLEMSET``), else, with *all_problems*, every record."""
    if subset is not None:
        missing = sorted(set(subset) - {n - 1 for n, _ in rows})
        if missing:
            raise DatasetImportError(f"--subset: no problem index {missing[0]} (the file has {len(rows)} problems)")
        return [(n, row) for n, row in rows if n - 1 in set(subset)]
    if all_problems:
        return rows
    kept = [(n, row) for n, row in rows if n - 1 in PROBLEMSET]
    if len(kept) < len(rows):
        warn(f"{len(rows) - len(kept)} problem(s) outside ENAMEL's benchmark left out (--all-problems imports them)")
    return kept


def import_enamel(path: Path, out: Path, skip_bad: bool = False,
                  warn: Callable[[str], None] = lambda message: None, subset: list[int] | None = None,
                  all_problems: bool = False, enamel_draws: bool = False) -> ImportReport:
    """Import ENAMEL's problems (its benchmark by default; see :func:`select`) into *out*; all-or-nothing unless
    *skip_bad*.  *enamel_draws*: levels 1-3 get ENAMEL's own draws (its seed per test) instead of effbench's."""
    rows = select(read_rows(path), subset, all_problems, warn)
    folders, problems = collect(rows, lambda number, row: build_task(number, row, enamel_draws))
    return finish(Path(path), ORIGIN, folders, problems, Path(out), skip_bad, warn)
