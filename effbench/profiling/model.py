"""The profile model every profiler is read into: functions with self and inclusive cost and call counts, and the
call graph's arcs (caller -> callee, with the callee's inclusive cost on that arc).

A call *graph*, not a call tree: both callgrind and cProfile aggregate per function and per caller, so anything
drawn as a tree from it (:mod:`.flame`) splits a callee's cost among its callers in proportion.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field

from effbench.tables import printable

FORMAT = "effbench-profile"
VERSION = 1
OK, FAILED = "ok", "failed"


class ProfileError(Exception):
    """A profile that cannot be read (what the sample's run produced is malformed, too big, ...): that sample's
    profiling failure, with this message as the reason; never a host crash."""


@dataclass(frozen=True)
class Function:
    name: str          # as Python knows it where it can be told (list.index), else the C or Python name
    symbol: str        # the profiler's own name (list_index, or cProfile's "<method 'index' of 'list' objects>")
    file: str
    self_cost: float
    inclusive: float
    calls: int


@dataclass(frozen=True)
class Arc:
    caller: int        # index into Profile.functions
    callee: int
    calls: int
    cost: float        # the callee's inclusive cost when called from the caller


@dataclass
class Profile:
    """One profiling run of one subject (a sample or the expert) on one test."""

    task: str
    subject: str           # "sample" | "expert"
    key: str               # the sample's key, or the expert's subject name (ref:NAME)
    model: str
    sample_id: str
    level: int
    test: int
    mode: str              # the run's measurement mode
    profiler: str          # "callgrind" | "cprofile"
    method: str            # one line saying what kind of profile this is (shown in the report)
    unit: str              # "instructions" | "seconds"
    status: str = OK
    reason: str = ""
    total: float = 0.0
    functions: list[Function] = field(default_factory=list)
    arcs: list[Arc] = field(default_factory=list)

    @property
    def ident(self) -> str:
        return profile_id(self.task, self.key, self.level, self.test)

    def to_dict(self) -> dict:
        data = asdict(self)
        data = {"format": FORMAT, "version": VERSION, "id": self.ident, **data}
        data["functions"] = [{"name": f.name, "symbol": f.symbol, "file": f.file, "self": f.self_cost,
                              "inclusive": f.inclusive, "calls": f.calls} for f in self.functions]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ProfileError(f"not an {FORMAT} version {VERSION} file")
        fields_ = {k: v for k, v in data.items() if k not in ("format", "version", "id", "functions", "arcs")}
        return cls(**fields_, functions=[Function(f["name"], f["symbol"], f["file"], f["self"], f["inclusive"],
                                                  f["calls"]) for f in data["functions"]],
                   arcs=[Arc(**a) for a in data["arcs"]])

    def failed(self, reason: str) -> Profile:
        # the reason may quote the sample (its exception's message): shown as it can be, on a terminal and in reports
        self.status, self.reason, self.total, self.functions, self.arcs = FAILED, printable(reason)[:1000], 0.0, [], []
        return self


def profile_id(task: str, key: str, level: int, test: int) -> str:
    """A file-name-safe id (task ids and sample keys are user text), unique through a short hash."""
    raw = f"{task}\0{key}\0{level}\0{test}"
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{task}--{key}")[:80]
    return f"{slug}--L{level}T{test}-{hashlib.sha256(raw.encode()).hexdigest()[:8]}"


def share(profile: Profile, cost: float) -> float:
    """A cost as a fraction of the profile's total (0 for an empty profile), capped at 1: callgrind's inclusive
    cost of a function on a recursive cycle can exceed the total."""
    return 0.0 if profile.total <= 0 else min(1.0, cost / profile.total)
