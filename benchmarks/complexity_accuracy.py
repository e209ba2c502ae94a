"""How often the inferred complexity class of the suite's references equals their declared one.

    flock /tmp/effbench-heavy.lock effbench complexity --out runs/complexity.json     # sweep every native task
    python3 benchmarks/complexity_accuracy.py runs/complexity.json

or, to sweep here (same defaults; --tasks for a subset):

    flock /tmp/effbench-heavy.lock python3 benchmarks/complexity_accuracy.py --sweep [--tasks a,b] [--out FILE]

The classes are re-derived from the document's sweeps (effbench.scoring.complexity_summary.derive_document), so a
document measured with an older fit is scored with the current one; and the declarations (with each task's
[complexity_variables]) are read from the suite as it is now, unless --as-swept, so a declaration fixed since the
sweep is judged as fixed.  Prints the share of references classified as
declared (all, and those whose declaration is in n alone), the confusion per declared class, every miss, and the
references left out (their declaration lies between classes, or their sweep has no class).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from effbench.measuring.complexity_run import run_sweeps, task_meta  # noqa: E402
from effbench.scoring.complexity_summary import derive_document  # noqa: E402
from effbench.measuring.complexity_sweep import SweepPlan  # noqa: E402
from effbench.scoring.complexity import CLASSES  # noqa: E402
from effbench.tasks.task import default_tasks_dir, load_suite  # noqa: E402


def current_declarations(doc: dict) -> dict:
    """*doc* with each swept task's declarations and variables as the suite has them now (tasks no longer in the
    suite keep the document's)."""
    suite = {t.id: t for t in load_suite(default_tasks_dir()) if not t.origin}
    tasks = {tid: task_meta(suite[tid]) if tid in suite else info for tid, info in doc["meta"]["tasks"].items()}
    return {**doc, "meta": {**doc["meta"], "tasks": tasks}}


def without_parts(doc: dict) -> dict:
    """*doc* with no point's parts: what the total counts alone say (scoring.complexity_parts is then not used)."""
    sweeps = [{**s, "points": [{k: v for k, v in p.items() if k != "parts"} for p in s.get("points", [])]}
              for s in doc["sweeps"]]
    return {**doc, "sweeps": sweeps}


def report(doc: dict) -> str:
    doc = derive_document(doc)
    acc = doc["accuracy"]
    mode = doc["meta"]["plan"]["measure"]
    lines = [f"mode: {mode} ({doc['meta'].get('counter') or 'clock'}), {len(doc['meta']['tasks'])} tasks, "
             f"{sum(s['subject'].startswith('ref:') for s in doc['sweeps'])} references swept"]
    if acc["compared"]:
        total = acc["compared"] + len(acc["excluded"])
        lines.append(f"classified as declared: {acc['matched']} of {acc['compared']} "
                     f"({100 * acc['share']:.1f} %); of all {total} references, with those left out: "
                     f"{100 * acc['matched'] / total:.1f} %")
    if acc["single_compared"]:
        lines.append(f"  declarations in n alone: {acc['single_matched']} of {acc['single_compared']} "
                     f"({100 * acc['single_matched'] / acc['single_compared']:.1f} %)")
    lines.append("confusion (declared -> inferred):")
    for want, got in acc["confusion"].items():
        cells = ", ".join(f"{cls}: {got[cls]}" for cls in CLASSES if cls in got)
        lines.append(f"  {want:8} {sum(got.values()):3}  {cells}")
    lines.append(f"misses ({len(acc['misses'])}):")
    for m in acc["misses"]:
        conf = "" if m["confidence"] is None else f" ({m['confidence']:.2f})"
        lines.append(f"  {m['task']}/{m['reference']}: declared {m['declared']!r} -> {m['declared_class']}, "
                     f"inferred {m['inferred']}{conf}{'' if m['single_variable'] else '  [several variables]'}")
    lines.append(f"left out ({len(acc['excluded'])}):")
    for e in acc["excluded"]:
        got = f" (inferred {e['inferred']})" if e["inferred"] else ""
        lines.append(f"  {e['task']}/{e['reference']}: {e['declared']!r}: {e['why']}{got}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", nargs="?", type=Path,
                        help="a complexity.json from effbench complexity (or the same gzipped, .json.gz)")
    parser.add_argument("--sweep", action="store_true", help="sweep the suite's references here")
    parser.add_argument("--tasks", default="", help="comma-separated task ids (with --sweep)")
    parser.add_argument("--out", type=Path, default=Path("runs/complexity-accuracy.json"))
    parser.add_argument("--as-swept", action="store_true",
                        help="judge by the declarations the document holds, not the suite's current ones")
    parser.add_argument("--without-parts", action="store_true",
                        help="classify by the total counts alone, as before the counts came split by function")
    args = parser.parse_args(argv)
    if args.sweep == (args.document is not None):
        parser.error("give a complexity document, or --sweep")
    if args.sweep:
        ids = [t for t in args.tasks.split(",") if t] or None
        tasks = [t for t in load_suite(default_tasks_dir(), ids) if not t.origin]
        doc = run_sweeps(tasks, [], SweepPlan(), echo=print)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(doc, indent=1) + "\n")
    else:
        raw = args.document.read_bytes()
        doc = json.loads(gzip.decompress(raw) if args.document.suffix == ".gz" else raw)
    if args.without_parts:
        doc = without_parts(doc)
    print(report(doc if args.as_swept else current_declarations(doc)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
