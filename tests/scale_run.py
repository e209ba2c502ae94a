"""A run directory with every shape of records.jsonl that scoring reads, made the same way on every machine (a seeded
generator, fixed metadata): tasks whose records interleave, samples in an order that mixes tasks, the expert's
paired runs, the null program's, DPE representatives (one task's marked ineligible), peaks with baselines and runs
without a peak, a re-measured run over the limit (``confirm``), an infrastructure failure retried under the same key
and one not retried, a sample cut short, an expert that failed (its task unscorable), records of a subject and of a
task the run does not know, blank lines, a line ended by CRLF, and a torn last line.

tests/test_record_groups.py scores it and compares what it writes with what effbench wrote for it when records were
read whole (tests/fixtures/scale_golden.json.gz)."""
from __future__ import annotations

import json
import random
from pathlib import Path

from effbench.measuring.records import DPE_TIER_PREFIX, NULL_SUBJECT, PAIR_PREFIX, REF_PREFIX, Settings

TESTS = [1, 2, 2]
HARDNESS = [0, 1, 2]
TIMES = [1e-3, 1e-2, 4e-2]
TASKS = ("t-a", "t-b", "t-c", "t-d")   # t-c: its expert fails (unscorable); t-d: its DPE tiers are ineligible
MODELS = ("m1", "m2", "m3")


def make_run(out: Path, seed: int = 0, per_model: int = 4) -> Path:
    rng = random.Random(seed)
    settings = Settings(measure="cpu", repeats=4)
    tiers = {"level": 2, "test": 0, "scores": [20.0, 60.0, 100.0], "measure": "cpu", "eligible": True}
    meta = {"effbench_version": "0.1.0", "created": "2026-01-02T03:04:05+00:00", "settings": settings.to_dict(),
            "ks": [1, 2], "scoring": {"dpe_min_correct": 1, "dpe_max_profile": 3}, "suite_hash": "0123456789abcdef",
            "samples_hash": "f" * 16,
            "machine": {"cpu": "x", "cores": 2, "kernel": "k", "os": "Linux", "python": "3.11.7", "hostname": "h"},
            "runner": {"runner": "process", "python": "3.11.7", "cpu_clock": "schedstat", "counter": None},
            "tasks": {t: {"tests": TESTS, "hardness": HARDNESS, "expert": "exp", "content_hash": "0" * 16,
                          "tiers": {**tiers, "eligible": t != "t-d", "reasons": [] if t != "t-d" else ["too few"]}}
                      for t in TASKS}}
    streams: list[list[dict]] = []

    def subject(task, name, factor, fail_at=None, stop_at=None, levels=range(3), peaks=True, confirm=False,
                infra=None, cut=False):  # noqa: B008 - a range
        rows = []

        def rec(phase, level, test, rep, status="ok", cost=None, correct=True):
            cost = factor * TIMES[max(level, 0)] * (1 + 0.1 * test) * (1 + rng.gauss(0, 0.03)) if cost is None \
                else cost
            row = {"task": task, "subject": name, "phase": phase, "level": level, "test": test, "repeat": rep,
                   "status": status, "cpu_time": cost, "wall_time": cost * 1.2,
                   "peak_kb": 10000 + int(300 * factor * (1 + level)) if peaks else None, "base_kb": 10000,
                   "detail": "" if status == "ok" else f"{status} here\nsecond line", "correct": correct}
            rows.append(row)
        rec("cases", -1, 0, 0)
        for level in levels:
            for test in range(TESTS[level]):
                for rep in range(1 if HARDNESS[level] == 0 else 4):
                    if infra == (level, test, rep):
                        rec("level", level, test, rep, status="infra", correct=False)
                        continue
                    if fail_at == level:
                        rec("level", level, test, rep, status="wrong_answer", correct=False)
                        return rows
                    if stop_at is not None and level >= stop_at:
                        rec("level", level, test, rep, status="timeout", correct=True)
                        if confirm:
                            rec("confirm", level, test, rep)
                            continue
                        return rows
                    if cut and level == 2:
                        return rows
                    rec("level", level, test, rep)
        return rows

    samples = []
    for task in TASKS:
        streams.append(subject(task, REF_PREFIX + "exp", 1.0, fail_at=1 if task == "t-c" else None))
        streams.append(subject(task, NULL_SUBJECT, 0.01, levels=[1, 2], peaks=False))
        for i, factor in enumerate((6.0, 2.5, 1.0)):
            streams.append(subject(task, f"{DPE_TIER_PREFIX}{i}", factor, levels=[2]))
            streams.append(subject(task, f"{PAIR_PREFIX}{DPE_TIER_PREFIX}{i}", 1.0, levels=[2]))
    for n in range(per_model):
        for model in MODELS:
            for task in rng.sample(TASKS, len(TASKS)):   # samples.jsonl's order mixes tasks
                key = f"{model}/{task}/{n}"
                samples.append({"key": key, "task_id": task, "model": model, "sample_id": str(n),
                                "line": len(samples) + 1, "code": "pass"})
                kind = rng.randrange(10)
                streams.append(subject(task, key, rng.uniform(0.5, 3.5), fail_at=0 if kind == 0 else None,
                                       stop_at=2 if kind in (1, 2) else None, confirm=kind == 2,
                                       infra=(1, 0, 1) if kind == 3 else None, cut=kind == 4, peaks=kind != 5))
                streams.append(subject(task, PAIR_PREFIX + key, 1.0, levels=[1, 2], peaks=kind != 6))
                if kind == 7:  # an infrastructure failure, then its retry under the same key
                    retry = dict(streams[-2][-1], status="infra", correct=False, detail="sandbox gone")
                    streams[-2].insert(len(streams[-2]) - 1, retry)
    streams.append(subject("t-a", "orphan/sample", 1.5))
    streams.append(subject("t-zz", "of/another/run", 1.0))
    lines = []
    while any(streams):  # records of several subjects interleave, as parallel slots write them
        stream = rng.choice([s for s in streams if s])
        for _ in range(rng.randint(1, 8)):
            if stream:
                lines.append(json.dumps(stream.pop(0)) + "\n")
    lines[5] = lines[5][:-1] + "\r\n"
    lines.insert(9, "\n")
    lines.insert(20, "   \n")
    out.mkdir(parents=True)
    (out / "run.json").write_text(json.dumps(meta))
    (out / "samples.jsonl").write_text("".join(json.dumps(s) + "\n" for s in samples))
    (out / "records.jsonl").write_text("".join(lines) + '{"task": "t-a", "subject": "ref:ex')
    return out
