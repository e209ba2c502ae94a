"""The report's view of a task's profiles: per profiled sample, its icicle beside the expert's on the same test and
the difference table (:mod:`.diff`).  Everything inline (SVG), so the page stays one self-contained file."""
from __future__ import annotations

from pathlib import Path

from .diff import difference
from .flame import icicle_svg
from .model import ProfileError
from .store import load_index, load_profile


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def task_profiles(run_dir: Path | None, task: str) -> list[dict]:
    """Views for the template; a profile file that cannot be read is shown as a failed profile, not an error."""
    if run_dir is None:
        return []
    try:
        index = load_index(run_dir)
    except ProfileError as exc:  # the report is still made, saying why its profiles are not there
        return [{"index_failed": str(exc)}]
    entries = {e["id"]: e for e in index["profiles"] if e.get("task") == task}
    views = []
    for e in sorted(entries.values(), key=lambda e: (e["model"], e["sample_id"], e["key"])):
        if e["subject"] != "sample":
            continue
        view = {"model": e["model"], "sample": e["sample_id"], "level": e["level"], "test": e["test"],
                "profiler": e["profiler"], "failed": "", "method": "", "rows": [], "sample_svg": "",
                "expert_svg": "", "expert_failed": ""}
        try:
            sample = load_profile(run_dir, e)
        except ProfileError as exc:
            view["failed"] = str(exc)
            views.append(view)
            continue
        view["method"] = sample.method
        if sample.status != "ok":
            view["failed"] = sample.reason
            views.append(view)
            continue
        expert_entry = entries.get(e.get("expert") or "")
        expert = None
        if expert_entry is None:
            view["expert_failed"] = "no expert profile on this test"
        else:
            try:
                expert = load_profile(run_dir, expert_entry)
            except ProfileError as exc:
                view["expert_failed"] = str(exc)
            if expert is not None and expert.status != "ok":
                view["expert_failed"], expert = expert.reason, None
        rows = difference(sample, expert) if expert is not None else []
        hot = frozenset(r.name for r in rows)
        view.update(sample_svg=icicle_svg(sample, hot), total=f"{sample.total:.6g} {sample.unit}",
                    expert_svg=icicle_svg(expert, hot) if expert is not None else "",
                    expert_total=f"{expert.total:.6g} {expert.unit}" if expert is not None else "",
                    rows=[{"name": r.name, "sample": _pct(r.sample), "expert": _pct(r.expert),
                           "sample_self": _pct(r.sample_self), "expert_self": _pct(r.expert_self),
                           "calls": f"{r.sample_calls:,} / {r.expert_calls:,}"} for r in rows])
        views.append(view)
    return views
