"""Exports for existing viewers: speedscope's file format (https://www.speedscope.app, "Import") and callgrind's
own format (KCachegrind / QCachegrind).  Both are written from the stored profile, whichever profiler made it."""
from __future__ import annotations

from effbench.version import __version__
from .flame import stacks
from .model import Profile

SPEEDSCOPE_SCHEMA = "https://www.speedscope.app/file-format-schema.json"
_UNITS = {"seconds": "seconds", "instructions": "none"}


def speedscope(profile: Profile) -> dict:
    """One "sampled" profile whose weighted samples are the derived call tree's nodes (flame.tree)."""
    found = stacks(profile)
    used = sorted({i for path, _ in found for i in path})
    frame_of = {i: k for k, i in enumerate(used)}
    frames = []
    for i in used:
        f = profile.functions[i]
        frame = {"name": f.name if f.name == f.symbol else f"{f.name} [{f.symbol}]"}
        if f.file:
            frame["file"] = f.file
        frames.append(frame)
    total = sum(w for _, w in found)
    return {
        "$schema": SPEEDSCOPE_SCHEMA,
        "shared": {"frames": frames},
        "profiles": [{
            "type": "sampled", "name": f"{profile.task} · {profile.subject} {profile.key} · level {profile.level} "
                                       f"test {profile.test} ({profile.profiler})",
            "unit": _UNITS[profile.unit], "startValue": 0, "endValue": total,
            "samples": [[frame_of[i] for i in path] for path, _ in found],
            "weights": [w for _, w in found],
        }],
        "name": f"{profile.task} {profile.key}", "activeProfileIndex": 0, "exporter": f"effbench {__version__}",
    }


def _name(text: str) -> str:
    return " ".join(text.split()) or "?"


def callgrind(profile: Profile) -> str:
    """callgrind's format: self cost per function, inclusive cost per call arc.  Costs are integers there, so
    seconds are written as microseconds (event ``us``)."""
    scale, event = (1.0, "Ir") if profile.unit == "instructions" else (1e6, "us")
    lines = ["# callgrind format", "version: 1", f"creator: effbench {__version__}",
             f"cmd: {_name(profile.task)} {_name(profile.key)} level {profile.level} test {profile.test}",
             "positions: line", f"events: {event}", f"summary: {round(profile.total * scale)}", ""]
    out: dict[int, list] = {}
    for a in profile.arcs:
        out.setdefault(a.caller, []).append(a)
    defined: set[tuple[str, int]] = set()

    def ref(kind: str, i: int, text: str) -> str:  # name compression: "(id) name" the first time, then "(id)"
        if (kind, i) in defined:
            return f"({i + 1})"
        defined.add((kind, i))
        return f"({i + 1}) {_name(text)}"

    for i, f in enumerate(profile.functions):
        lines += [f"fl={ref('fl', i, f.file)}", f"fn={ref('fn', i, f.name)}", f"0 {round(f.self_cost * scale)}"]
        for a in out.get(i, []):
            callee = profile.functions[a.callee]
            lines += [f"cfl={ref('fl', a.callee, callee.file)}", f"cfn={ref('fn', a.callee, callee.name)}",
                      f"calls={a.calls} 0", f"0 {round(a.cost * scale)}"]
        lines.append("")
    lines.append(f"totals: {round(profile.total * scale)}")
    return "\n".join(lines) + "\n"
