"""A small suite for runs compared record by record (tests/test_parallel.py, tests/test_ray_executor.py): copies of
the fixture task under other ids, with smaller levels so that a run counting instructions under callgrind takes
under a minute on two loaded cores."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from .conftest import FIXTURE_TASKS

TASK_IDS = ("pm-a", "pm-b")
LEVELS = {"sizes": "[5, 100, 200, 400]", "tests": "[2, 1, 1, 1]"}
# per task: the expert itself, the O(n^2) tier, and a wrong one (stops at the hand cases)
WRONG = "def prefix_max(nums):\n    return list(nums)\n"


def make_suite(root: Path, task_ids: tuple[str, ...] | None = None) -> tuple[Path, Path]:
    """(tasks dir, samples file) under *root*, of *task_ids* (default :data:`TASK_IDS`)."""
    tasks = root / "tasks"
    rows = []
    for tid in task_ids or TASK_IDS:
        dest = tasks / tid
        shutil.copytree(FIXTURE_TASKS / "prefix-max", dest)
        lines = []
        for line in (dest / "task.toml").read_text().splitlines():
            key = line.split("=")[0].strip()
            if key == "id":
                line = f'id = "{tid}"'
            elif key in LEVELS:
                line = f"{key} = {LEVELS[key]}"
            lines.append(line)
        (dest / "task.toml").write_text("\n".join(lines) + "\n")
        for model, code in (("expert", (dest / "solutions" / "loop.py").read_text()),
                            ("quadratic", (dest / "solutions" / "rescan.py").read_text()), ("wrong", WRONG)):
            rows.append({"task_id": tid, "model": model, "solution": code})
    samples = root / "samples.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return tasks, samples


def records(run_dir: Path) -> dict[tuple, tuple]:
    """Every record of a run, keyed as the store keys them: (status, instructions, correct).  Every line must parse
    (a torn line would have been dropped on load; none may be left in a finished run)."""
    out = {}
    for line in (run_dir / "records.jsonl").read_text().splitlines():
        r = json.loads(line)
        out[(r["task"], r["subject"], r["phase"], r["level"], r["test"], r["repeat"])] = (
            r["status"], r["instructions"], r["correct"])
    return out


@dataclass(frozen=True)
class LocalRun:
    """The small suite made once and run once by the local executor (``--jobs 1``), for the tests that compare a
    run of it record by record (tests/test_parallel.py, tests/test_ray_executor.py): counting it under callgrind
    is the better part of a minute on two loaded cores, and it was run three times."""
    root: Path
    tasks: Path
    samples: Path
    cache: Path  # the input cache the run filled: EFFBENCH_CACHE for the runs compared with it
    out: Path  # its run directory: read it, or copy it to change it
    records: dict[tuple, tuple]


def local_run(root: Path) -> LocalRun:
    from click.testing import CliRunner

    from effbench.cli.main import main
    tasks, samples = make_suite(root)
    out, cache = root / "local", root / "cache"
    res = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(tasks), "--out", str(out), "--measure",
                                    "instructions", "--k", "1", "--quiet", "--jobs", "1"],
                             env={"EFFBENCH_CACHE": str(cache)})
    assert res.exit_code == 0, res.output + res.stderr
    return LocalRun(root, tasks, samples, cache, out, records(out))
