"""Which commit a run measured: recorded in run.json and the leaderboard's ``meta.git`` so that a history of runs
(``effbench history``) can order its points and say which commit each comes from.

``EFFBENCH_COMMIT`` names the commit when effbench runs somewhere else than the code it measures (a workflow that
measures a pull request's base from a second worktree, while the job's variables name the head).  Else, in GitHub
Actions, the runner's variables name it (``GITHUB_SHA``, ``GITHUB_REF_NAME``, ``GITHUB_REPOSITORY``): the checkout
may be shallow or detached, the variables are right.  Elsewhere ``git`` is asked about the working directory.
Outside a repository (or without git) the field is ``null``: a run is still a run, it just cannot be placed by
commit, and history falls back to the run's start time.
"""
from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def describe(cwd: Path | None = None, env: Mapping[str, str] | None = None) -> dict | None:
    """{"commit", "date" (the commit's, ISO 8601), "ref", "dirty", "repository"} as far as known, or None."""
    if env is None:
        env = os.environ
    cwd = Path.cwd() if cwd is None else Path(cwd)
    given = env.get("EFFBENCH_COMMIT") or env.get("GITHUB_SHA")
    commit = given or _git(["rev-parse", "HEAD"], cwd)
    if not commit:
        return None
    out: dict = {"commit": commit}
    date = _git(["show", "-s", "--format=%cI", commit], cwd)
    if date:
        out["date"] = date
    ref = None if env.get("EFFBENCH_COMMIT") else (env.get("GITHUB_REF_NAME") or
                                                   _git(["rev-parse", "--abbrev-ref", "HEAD"], cwd))
    if ref and ref != "HEAD":
        out["ref"] = ref
    if not given:
        status = _git(["status", "--porcelain", "--untracked-files=no"], cwd)
        out["dirty"] = bool(status)
    if env.get("GITHUB_REPOSITORY"):
        out["repository"] = env["GITHUB_REPOSITORY"]
    return out
