"""``effbench import evalperf``: EvalPerf's JSONL as effbench task folders that score DPS as EvalPerf does.

A row is a task: ``task_id, entry_point, prompt``, ``reference`` (solutions from slowest to fastest, one per tier),
``scores`` (the tiers' cumulative scores, ascending) and ``pe_input`` (the performance-exercising input, JSON).
EvalPerf scores a correct sample by its instruction count on that one input, matched against the references
re-measured in the same run; so the task is

* levels ``sizes/tests [1, 1]``, hardness ``[0, 1]``: level 0 and the scored level 1 both hold the single input
  (``generator.py`` returns it), no hand cases (EvalPerf's correctness tests are EvalPlus's, not in the row);
* every reference a solution, the fastest the expert, and ``tiers.json`` made from the row itself:
  representative i = reference i, score i = scores[i], measure "instructions", on level 1 test 0 -- so
  ``effbench run --measure instructions`` gives EvalPerf's DPS.  Costs in that file are 0: EvalPerf publishes no
  counts, and every run measures the representatives afresh anyway;
* ``checker.py``: EvalPlus's notion of a right output (exact, floats within a relative 1e-7).

``pe_input`` is the JSON of the argument list.  EvalPerf's own release wraps it in a one-element list of inputs;
the entry point's parameters tell the two apart, and where they cannot (one parameter, a one-element list) the
file's unambiguous rows decide, else the argument list is meant.
"""
from __future__ import annotations

import functools
import io
import json
import math
from pathlib import Path
from collections.abc import Callable, Sequence

from effbench import jsonfile
from effbench.tasks.dpe_tier_file import DpeTier, DpeTierFile
from effbench.importers.common import (DatasetImportError, ImportReport, RowError, TaskFolder, arity, check_compiles,
                                       collect, finish, open_data_file, problem_markdown, require_identifier,
                                       require_str, safe_label, signature_of, task_slug, toml_document, top_level_def)

ORIGIN = "evalperf"
ARGS, WRAPPED = "arguments", "list of inputs"
FLOAT_REL_TOL = 1e-7  # EvalPlus compares floats with numpy.allclose(rtol=1e-07)


def read_rows(path: Path) -> list[tuple[int, dict | RowError]]:
    """(line number, row) per non-blank line; a line that is not JSON becomes that row's error."""
    path = Path(path)
    raw = open_data_file(path)
    try:
        # utf-8-sig: a byte-order mark (Excel, PowerShell) is no part of row 1
        with io.TextIOWrapper(raw, encoding="utf-8-sig") as handle:
            lines = jsonfile.lines(handle.read())
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise DatasetImportError(f"{path}: unreadable ({exc})") from None
    finally:
        raw.close()
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append((number, jsonfile.loads(line, error=RowError)))
        except RowError as exc:
            rows.append((number, exc))
    return rows


# ---------------------------------------------------------------- pe_input
def _entry_arity(row: dict) -> tuple[int, int | None]:
    entry = row.get("entry_point")
    for source in [row.get("prompt")] + list(reversed(row.get("reference") or [])):
        try:
            fn = (top_level_def(check_compiles(source, "source"), entry)
                  if isinstance(source, str) and isinstance(entry, str) else None)
        except RowError:
            fn = None
        if fn is not None:
            return arity(fn)
    return 0, None


def _fits(n: int, bounds: tuple[int, int | None]) -> bool:
    return bounds[0] <= n and (bounds[1] is None or n <= bounds[1])


def _decode_pe_input(row: dict):
    raw = row.get("pe_input")
    if isinstance(raw, str):
        raw = jsonfile.loads(raw, "pe_input", RowError)
    if not isinstance(raw, list):
        raise RowError("pe_input must be the JSON of the argument list")
    return raw


def pe_input_forms(row: dict) -> set[str]:
    """The readings of pe_input that fit the entry point: the argument list, and/or a one-input list."""
    value = _decode_pe_input(row)
    bounds = _entry_arity(row)
    forms = {ARGS} if _fits(len(value), bounds) else set()
    if len(value) == 1 and isinstance(value[0], list) and _fits(len(value[0]), bounds):
        forms.add(WRAPPED)
    return forms


def default_form(rows: Sequence[tuple[int, object]]) -> str:
    """How ambiguous rows are read: as the file's unambiguous rows are (the argument list if none are)."""
    votes = {ARGS: 0, WRAPPED: 0}
    for _, row in rows:
        try:
            forms = pe_input_forms(row) if isinstance(row, dict) else set()
        except RowError:
            continue
        if len(forms) == 1:
            votes[next(iter(forms))] += 1
    return WRAPPED if votes[WRAPPED] > votes[ARGS] else ARGS


# ---------------------------------------------------------------- rows -> folders
def _scores(row: dict, n: int) -> list[float]:
    """The row's scores as floats.  The range is checked before anything converts: JSON's integers have no bound,
    and 10**400 written out was OverflowError from math.isfinite (a comparison of int and float is exact)."""
    scores = row.get("scores")
    ok = isinstance(scores, list) and len(scores) == n and all(
        isinstance(s, (int, float)) and not isinstance(s, bool) and 0 < s <= 100 + 1e-9 and math.isfinite(s)
        for s in scores) and all(a < b for a, b in zip(scores, scores[1:]))
    if not ok:
        raise RowError(f"scores must be {n} ascending numbers in (0, 100], one per reference, got {scores!r:.120}")
    assert isinstance(scores, list), "ok holds only for a list"
    return [float(s) for s in scores]


def build_task(number: int, row: dict, form: str = ARGS) -> TaskFolder:
    origin_id = require_str(row, "task_id").strip()
    task_id = task_slug(ORIGIN, origin_id)
    entry = require_identifier(row, "entry_point")
    prompt = require_str(row, "prompt")
    prompt_fn = top_level_def(check_compiles(prompt, "prompt"), entry)
    refs = row.get("reference")
    if not isinstance(refs, list) or not refs or not all(isinstance(r, str) and r.strip() for r in refs):
        raise RowError("reference must be a non-empty list of solution sources (slowest first)")
    fns = [top_level_def(check_compiles(code, f"reference {i}"), entry) for i, code in enumerate(refs)]
    missing = [i for i, fn in enumerate(fns) if fn is None]
    if missing:
        raise RowError(f"reference {missing[0]} does not define entry_point {entry}")
    scores = _scores(row, len(refs))
    forms = pe_input_forms(row)
    if not forms:
        low, high = _entry_arity(row)
        wanted = f"{low}" if low == high else f"{low}-{'any' if high is None else high}"
        raise RowError(f"pe_input does not fit {entry}'s parameters (it takes {wanted} argument(s))")
    value = _decode_pe_input(row)
    args = value[0] if (form if len(forms) == 2 else next(iter(forms))) == WRAPPED else value
    label = safe_label(origin_id)
    names = [f"tier-{i}" for i in range(len(refs))]
    files = {f"solutions/tier_{i}.py": code for i, code in enumerate(refs)}
    tiers = DpeTierFile(task_id=task_id, level=1, test=0, base=0.1, measure="instructions", unit="instructions",
                     built={"from": "evalperf", "task_id": origin_id, "date": None},
                     eligible=True,  # EvalPerf publishes only tasks that passed its own filter
                     tiers=tuple(DpeTier(name, 0.0, score, 0, code)
                                 for name, score, code in zip(names, scores, refs)))
    signature_fn = prompt_fn or fns[-1]
    assert signature_fn is not None, "every reference defines the entry point (checked above)"
    manifest = toml_document(
        {"id": task_id, "title": f"{label} (EvalPerf)", "category": "evalperf", "difficulty": "medium",
         "entry_point": entry, "signature": signature_of(signature_fn), "checker": "custom",
         "memory_mb": 1024, "origin": ORIGIN},
        {"levels": {"sizes": [1, 1], "tests": [1, 1], "hardness": [0, 1]},
         "origin_params": {"task_id": origin_id, "row": number, "scores": scores, "pe_input": form
                           if len(forms) == 2 else next(iter(forms))}},
        {"references": [dict({"name": name, "file": f"solutions/tier_{i}.py",
                              "complexity": f"EvalPerf tier {i} (score {scores[i]:g})"},
                             **({"expert": True} if i == len(refs) - 1 else {}))
                        for i, name in enumerate(names)]})
    return TaskFolder(task_id, origin_id, {
        "task.toml": manifest,
        "prompt.py": prompt,
        "problem.md": problem_markdown(origin_id, "EvalPerf", prompt),
        **files,
        "generator.py": _GENERATOR_PY.format(origin_id=label, pe_input=repr(json.dumps(args))),
        "cases.py": _CASES_PY.format(origin_id=label),
        "checker.py": _CHECKER_PY.format(origin_id=label),
        "tiers.json": json.dumps(tiers.to_dict(), indent=2) + "\n",
    })


_GENERATOR_PY = '''"""EvalPerf's performance-exercising input of {origin_id}: every level's one test."""
import json

PE_INPUT = {pe_input}


def generate(size, rng):
    return json.loads(PE_INPUT)
'''

_CASES_PY = '''"""No hand cases: EvalPerf's rows carry no correctness tests ({origin_id}); level 0 checks the input."""
CASES = []
'''

_CHECKER_PY = '''"""EvalPlus's notion of a right output for {origin_id} (effbench import evalperf)."""
from effbench.importers.evalperf import evalplus_check as check  # noqa: F401
'''


def _same(a, b) -> bool:
    if isinstance(b, float) and isinstance(a, (int, float)) and not isinstance(a, bool):
        return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=FLOAT_REL_TOL, abs_tol=0.0)
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    return a == b


def evalplus_check(args, output, expected) -> bool:
    """Exact (types included), except that a float expected accepts an int or float within a relative 1e-7:
    what EvalPlus accepts, so a sample correct there is correct here."""
    return _same(output, expected)


def import_evalperf(path: Path, out: Path, skip_bad: bool = False,
                    warn: Callable[[str], None] = lambda message: None) -> ImportReport:
    """Import every task of an EvalPerf JSONL (optionally .gz) into *out*; all-or-nothing unless *skip_bad*."""
    rows = read_rows(path)
    folders, problems = collect(rows, functools.partial(build_task, form=default_form(rows)))
    return finish(Path(path), ORIGIN, folders, problems, Path(out), skip_bad, warn)
