"""From swept points to classes: per subject, per sample against its expert, per model, and the references'
accuracy against their declarations (pure: no I/O; the sweeps come in as plain dicts, as complexity.json holds them).
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from effbench.sandbox.base import killed_at_limit

from .complexity import CLASSES, ComplexityInputError, infer, worse
from .complexity_parts import BY_PARTS, read_parts
from .declared import declared_class, single_variable

REF_PREFIX = "ref:"


@dataclass
class Classified:
    task: str
    subject: str
    cls: str | None
    confidence: float | None
    problem: str = ""                      # why there is no class (the sweep's failure, or too few sizes)
    inference: dict | None = None
    cut_short: str = ""                    # the run limit that stopped its sizes, if one did (then its class holds
                                           # only below that size; see sample_rows)

    def to_dict(self) -> dict:
        return asdict(self)


def classify(sweep: dict, common_inputs: bool = False) -> Classified:
    """The class of one sweep (a :class:`~effbench.measuring.complexity_sweep.SubjectSweep` as a dict): the total
    count's fit, and between n and n log n its parts by function where the points hold them (complexity_parts).

    The spread of the cost between the replicate inputs is the fit's noise (misfits below it count as exact) only
    when each size had its own seed.  With ``common_inputs`` (one seed for every size, the sweep plan's default)
    the sizes share the generator's shape draws and the replicates are other shapes: their spread (up to 5 times,
    where a tree's reach is drawn from 2 to 100) is not the sweep's, and taken as its noise it made every class fit
    "exactly", so that the constant won on a quadratic (lca-queries/walk-up)."""
    if sweep.get("failure"):
        return Classified(sweep["task"], sweep["subject"], None, None, sweep["failure"])
    stopped = str(sweep.get("stopped") or "")
    cut_short = stopped if killed_at_limit(stopped) else ""
    points = sweep.get("points", [])
    sizes, costs = [p["size"] for p in points], [p["cost"] for p in points]
    try:
        inf = infer(sizes, costs, noise=0.0 if common_inputs else input_noise(sweep))
    except ComplexityInputError as exc:
        return Classified(sweep["task"], sweep["subject"], None, None, f"no class: {exc}", cut_short=cut_short)
    reading = read_parts(sizes, costs, [p.get("parts") for p in points]) if inf.cls in BY_PARTS else None
    if reading is not None:
        inf = inf.decided_by_parts(reading.cls, reading.confidence)
    data = inf.to_dict() | ({"parts": reading.to_dict()} if reading is not None else {})
    return Classified(sweep["task"], sweep["subject"], inf.cls, inf.confidence, "", data, cut_short)


def input_noise(sweep: dict) -> float:
    """The relative spread (population standard deviation over mean) of the subject's cost over the inputs of one
    size; 0 when the sweep has no replicates."""
    costs = (sweep.get("replicates") or {}).get("costs") or []
    if len(costs) < 2:
        return 0.0
    return float(statistics.pstdev(costs) / statistics.fmean(costs))


@dataclass
class Accuracy:
    """How often the inferred class of the references equals the class their declaration reads as."""

    matched: int = 0
    compared: int = 0
    single_matched: int = 0               # the same, on declarations in n alone
    single_compared: int = 0
    confusion: dict = field(default_factory=dict)   # declared class -> {inferred class: count}
    misses: list = field(default_factory=list)       # one row per miss
    excluded: list = field(default_factory=list)     # declarations with no class, and sweeps with none

    @property
    def share(self) -> float | None:
        return self.matched / self.compared if self.compared else None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["share"] = self.share
        data["single_share"] = self.single_matched / self.single_compared if self.single_compared else None
        return data


def reference_accuracy(classified: list[Classified], declared: dict[tuple[str, str], str],
                       variables: dict[str, dict] | None = None) -> Accuracy:
    """*declared*: (task, reference name) -> its declared complexity text; *variables*: task -> its
    ``[complexity_variables]`` (how the declarations' variables grow with the size the sweep grows)."""
    acc = Accuracy()
    confusion: dict = defaultdict(Counter)
    for c in classified:
        if not c.subject.startswith(REF_PREFIX):
            continue
        text = declared.get((c.task, c.subject[len(REF_PREFIX):]))
        if text is None:
            continue
        names = (variables or {}).get(c.task) or {}
        want, why = declared_class(text, names)
        row = {"task": c.task, "reference": c.subject[len(REF_PREFIX):], "declared": text, "declared_class": want,
               "inferred": c.cls, "confidence": c.confidence}
        if want is None or c.cls is None:
            acc.excluded.append({**row, "why": why or c.problem})
            continue
        acc.compared += 1
        confusion[want][c.cls] += 1
        hit = want == c.cls
        acc.matched += hit
        single = single_variable(text, names)
        if single:
            acc.single_compared += 1
            acc.single_matched += hit
        if not hit:
            acc.misses.append({**row, "single_variable": single})
    acc.confusion = {k: dict(v) for k, v in sorted(confusion.items(), key=lambda kv: CLASSES.index(kv[0]))}
    return acc


def sample_rows(classified: list[Classified], experts: dict[str, str], models: dict[str, str]) -> list[dict]:
    """Per sample: its class, the expert's, and whether it is worse.  *experts*: task -> expert subject;
    *models*: sample key -> model.

    ``cut_short`` names the time or memory limit that stopped a sample's sizes.  Its class is then fitted below
    that size only, and the limit is the sign that its cost grew much faster there (in instructions mode the
    ladder stops by itself before a size foreseen at 8 times the count budget): a sample that hangs past some size
    reads as its class below it.  The share still counts such a class as it is, because at the default
    ``--run-timeout`` an honest size can also be killed on a busy machine; the row and the tables say it instead."""
    by_key = {(c.task, c.subject): c for c in classified}
    rows = []
    for c in classified:
        if c.subject.startswith(REF_PREFIX):
            continue
        expert = by_key.get((c.task, experts.get(c.task, "")))
        expert_cls = expert.cls if expert else None
        rows.append({"task": c.task, "sample": c.subject, "model": models.get(c.subject, ""), "class": c.cls,
                     "confidence": c.confidence, "expert_class": expert_cls, "problem": c.problem,
                     "cut_short": c.cut_short,
                     "worse": None if c.cls is None or expert_cls is None else worse(c.cls, expert_cls)})
    return rows


SHARE_COLUMN = "cx<=expert"  # the share at the expert's class or better, as every table heads it


def task_share(rows: list[dict]) -> dict:
    """One model's samples on one task: the classes they landed in (unclassified apart) beside the expert's, and
    how many of those judged against an expert with a class are at its class or better."""
    judged = [r for r in rows if r["expert_class"] is not None]
    pairs = [(r["class"], r["expert_class"]) for r in judged if r["class"] is not None]
    counts = Counter(r["class"] for r in rows if r["class"] is not None)
    return {"samples": len(judged), "classified": len(pairs), "at_or_better": sum(not worse(s, e) for s, e in pairs),
            "expert_class": rows[0]["expert_class"] if rows else None,
            "classes": {c: counts[c] for c in CLASSES if c in counts},
            "unclassified": sum(r["class"] is None for r in rows),
            "cut_short": sum(bool(r.get("cut_short")) for r in rows)}


def suite_share(tasks: dict[str, dict]) -> dict:
    """A model's share of samples at the expert's class or better, from its per-task counts (:func:`task_share`),
    which the entry keeps so that runs merged by task recompute the share over all of them (samples with no class
    count as not: a sample that fails or cannot be swept did not reach the expert's class)."""
    samples = sum(t["samples"] for t in tasks.values())
    return {"samples": samples, "classified": sum(t["classified"] for t in tasks.values()),
            "at_expert_class_or_better": sum(t["at_or_better"] for t in tasks.values()) / samples if samples
            else None,
            "tasks": dict(sorted(tasks.items()))}


def model_shares(rows: list[dict]) -> dict[str, dict]:
    """Per model: the share of its samples at the expert's class or better, with the per-task detail."""
    by_model: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        by_model[r["model"]][r["task"]].append(r)
    return {model: suite_share({t: task_share(v) for t, v in tasks.items()})
            for model, tasks in sorted(by_model.items())}


def derive_document(doc: dict) -> dict:
    """Add (or redo) the derived part of a complexity document from its sweeps (pure)."""
    meta = doc["meta"]
    common = bool(meta.get("plan", {}).get("common_inputs", False))  # documents before it had a seed per size
    classified = [classify(s, common) for s in doc["sweeps"]]
    declared = {(tid, name): text for tid, info in meta["tasks"].items() for name, text in info["declared"].items()}
    variables = {tid: info.get("variables") or {} for tid, info in meta["tasks"].items()}
    rows = sample_rows(classified, {t: info["expert"] for t, info in meta["tasks"].items()}, meta.get("models", {}))
    return {**doc, "classified": [c.to_dict() for c in classified], "samples": rows, "models": model_shares(rows),
            "accuracy": reference_accuracy(classified, declared, variables).to_dict()}


def add_complexity_columns(board: dict, doc: dict) -> dict:
    """Each model's complexity share (``models.<m>.complexity``) and what it means (``meta.complexity``) on a
    run's board, from a complexity document re-derived with the current fit; the other scores are left as they are.
    A partial document (a sweep killed part-way, ``meta.partial``) adds nothing: a share over some tasks is not the
    model's."""
    if doc.get("meta", {}).get("partial"):
        return board
    doc = derive_document(doc)
    for model, entry in doc["models"].items():
        if model in board.get("models", {}):
            board["models"][model]["complexity"] = entry
    plan = doc["meta"]["plan"]
    board["meta"]["complexity"] = {"mode": plan["measure"], "counter": doc["meta"].get("counter"), "plan": plan,
                                   "classes": list(CLASSES),
                                   "meaning": "share of a model's samples whose inferred class is the expert's or "
                                              "better (samples with no class count as not)"}
    return board
