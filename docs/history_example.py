"""Make the history that docs/history.png shows: real runs of a small CI story, one per commit of a scratch git
repository (so each run records its commit), then ``effbench history`` over them and a headless-Chromium screenshot.

    python3 docs/history_example.py WORKDIR [--fixture]   # writes WORKDIR/history.html|.md|.png

"mine" is a model whose code changes commit by commit (slow versions first, then the fast ones, then a slip on one
task); "steady" submits the same expert code every time; the last run counts instructions instead of timing, so its
points start new lines.  Each model submits one sample per task, so the runs count a task in the suite DPS from one
correct sample (``--dpe-min-correct 1``; EvalPerf's 10 would leave this small story without a DPS line).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from effbench.tasks.examples import EXAMPLE_TASKS
from effbench.tasks.task import default_tasks_dir, load_suite

TASKS = (*EXAMPLE_TASKS, "longest-consecutive-run")  # four tasks: enough for compare's bootstrap over tasks
# per commit: (date, message, tasks where "mine" submits the fast code, measure)
STORY = [("2026-03-02T10:00:00+00:00", "first version", set(), "cpu"),
         ("2026-03-05T10:00:00+00:00", "faster pair sum and brackets", {"pair-sum-count", "bracket-max-depth"}, "cpu"),
         ("2026-03-09T10:00:00+00:00", "everything fast", set(TASKS), "cpu"),
         ("2026-03-12T10:00:00+00:00", "refactor (slips on two tasks)", {"pair-sum-count", "bracket-max-depth"},
          "cpu"),
         ("2026-03-16T10:00:00+00:00", "CI counts instructions now", {"pair-sum-count", "bracket-max-depth"},
          "instructions")]


# --fixture: the test suite's one small task instead (seconds per run, no DPS); "mine" goes from the O(n^2) rescan to
# the expert's loop and back, counted in instructions (deterministic: compare needs no bootstrap), the last run timed
FIXTURE_STORY = [("2026-03-02T10:00:00+00:00", "first version", "rescan", "instructions"),
                 ("2026-03-05T10:00:00+00:00", "max() per item", "accumulate", "instructions"),
                 ("2026-03-09T10:00:00+00:00", "plain loop", "loop", "instructions"),
                 ("2026-03-12T10:00:00+00:00", "refactor (back to rescanning)", "rescan", "instructions"),
                 ("2026-03-16T10:00:00+00:00", "loop again; CI times CPU now", "loop", "cpu")]


def fixture_rows(sol: str) -> list[dict]:
    folder = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "tasks" / "prefix-max" / "solutions"
    return [{"task_id": "prefix-max", "model": "mine", "solution": (folder / f"{sol}.py").read_text()},
            {"task_id": "prefix-max", "model": "steady", "solution": (folder / "loop.py").read_text()}]


def main(work: Path, fixture: bool = False) -> None:
    repo = work / "repo"
    shutil.rmtree(work, ignore_errors=True)
    repo.mkdir(parents=True)
    suite = {t.id: t for t in load_suite(default_tasks_dir()) if t.id in TASKS}
    tasks_dir = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "tasks"
    env = {**os.environ, "GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@example.invalid",
           "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@example.invalid"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    runs = []
    for i, (date, message, fast, measure) in enumerate(FIXTURE_STORY if fixture else STORY, 1):
        rows = fixture_rows(fast) if fixture else []
        for tid, task in sorted(suite.items()) if not fixture else ():
            slow = task.references[0].code  # references are listed slowest first
            rows.append({"task_id": tid, "model": "mine", "solution": task.expert.code if tid in fast else slow})
            rows.append({"task_id": tid, "model": "steady", "solution": task.expert.code})
        (repo / "samples.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        subprocess.run(["git", "add", "samples.jsonl"], cwd=repo, check=True)
        subprocess.run(["git", "commit", "-q", "--allow-empty", "-m", message], cwd=repo, check=True,
                       env={**env, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})
        out = work / f"run{i}"
        subprocess.run([sys.executable, "-m", "effbench", "run", "samples.jsonl", "--out", str(out), "--k", "1",
                        "--measure", measure, "--repeats", "3", "--quiet", "--dpe-min-correct", "1",
                        *(["--tasks-dir", str(tasks_dir)] if fixture else [])], cwd=repo, check=True)
        runs.append(str(out))
    for fmt, name in (("md", "history.md"), ("html", "history.html")):
        subprocess.run([sys.executable, "-m", "effbench", "history", *runs, "--format", fmt, "-o",
                        str(work / name)], check=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={work / 'history.png'}", "--window-size=1200,2150",
                    (work / "history.html").as_uri()], check=True, capture_output=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), fixture="--fixture" in sys.argv[2:])
