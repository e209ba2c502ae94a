"""Scoring, comparing, reporting, resuming and profiling a run of ten thousand samples: the peak memory and CPU time
of ``effbench score``, ``compare``, ``report``, ``run`` (a resume, locally and on Ray) and ``profile`` on a run
directory as large as the ones users bring.

    python3 benchmarks/run_scale.py [--tasks 1] [--samples 10000] [--rounds 3] [--effbench DIR] [--keep DIR]
                                    [--only score,compare,report-html,report-pytest-benchmark,resume,profile,
                                            ray-resume]

Writes a synthetic cpu-mode run directory (``bench_common.synthetic_run``: the expert, four DPE tier
representatives, and per sample its hand cases, every level's six repeats and the expert's paired runs; about 71
records a sample) of SAMPLES samples on each of TASKS tasks, and a second one from another seed to compare it with.
Then, ROUNDS times each, runs ``python3 -m effbench score RUN``, ``compare RUN OTHER``, ``report RUN --format
html`` and ``report RUN --format pytest-benchmark`` as child processes and reads each child's own resource usage
(``os.wait4``): its peak resident memory (``ru_maxrss``) and its CPU seconds (user + system).  Each figure is
printed as min / median / max.  ``--effbench DIR`` runs the effbench of another checkout (its root: DIR/effbench,
and DIR/.shim for its runners when there is one), to measure before and after a change on the same run.

``resume`` needs a real run (a resume replays each sample's plan, which needs the task's inputs and the expert's
outputs): the built-in suite's :data:`RESUME_TASK` is measured for real with its reference tiers as samples and
``--repeats 2`` (about a minute), then made a run of SAMPLES samples by giving every sample the records of its
expert-tier one (``widen_run``), and ``effbench run`` of those samples into it is timed: everything is
measured already, so it loads the records, replays every plan, measures nothing and scores.  ``profile`` profiles
the slowest sample of that run (and the expert: two sandboxed runs); ``ray-resume`` is the resume with ``--executor
ray`` on a Ray cluster the run starts, in a network namespace of its own holding loopback alone (as root, with
``unshare`` and ``ip``: Ray listens on the machine's outward interface), and also gives the peak memory of the
Ray worker that measured the task (its ``VmHWM``, read while it runs: the worker is not the driver's child).

Records used to be read whole (every line of records.jsonl a RunRecord held until scoring ended): 10,000 samples
on one task took about 1 GB to score.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import synthetic_run  # noqa: E402
from benchmarks.figures import labelled  # noqa: E402
from effbench.measuring import machine  # noqa: E402

MODELS = 4


def write_run(out: Path, n_tasks: int, n_samples: int, seed: int = 0) -> int:
    """A run directory of *n_samples* samples (over MODELS models) on each of *n_tasks* tasks, as `effbench run`
    leaves it before scoring; returns its number of records."""
    meta, samples, records = synthetic_run(n_tasks=n_tasks, n_models=MODELS, per_model=n_samples // MODELS,
                                           seed=seed)
    meta["machine"] = machine.describe()
    meta["runner"] = {"runner": "process", "python": "3.11.7", "cpu_clock": "schedstat", "counter": None}
    out.mkdir(parents=True)
    (out / "run.json").write_text(json.dumps(meta))
    (out / "samples.jsonl").write_text("".join(json.dumps({**vars(s), "code": "pass"}) + "\n" for s in samples))
    with open(out / "records.jsonl", "w") as fh:
        for rec in records:
            fh.write(json.dumps(rec.to_dict()) + "\n")
    return len(records)


def measure(argv: list[str], env: dict, cwd: Path) -> tuple[float, float]:
    """(peak resident memory in MB, CPU seconds) of one child process running *argv* in *cwd* (where no effbench
    is: ``python -m`` looks in its folder first)."""
    with tempfile.TemporaryFile() as errors:  # a pipe read after the wait would block a child writing over 64 KiB
        child = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    if child.returncode not in (0, 1):  # compare exits 1 when it finds a regression
        raise SystemExit(f"{' '.join(argv)} exited {child.returncode}: {err[-2000:]}")
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


RESUME_TASK = "bracket-max-depth"
RESUME_SETTINGS = ["--tasks", RESUME_TASK, "--repeats", "2", "--quiet"]
RAY_WORKER = "ray::measure_remote"  # a Ray worker's title while it measures a unit (effbench.measuring.ray_executor)


class WorkerPeak(threading.Thread):
    """The highest ``VmHWM`` (MB) of any process of the cluster whose temp dir is *ray_tmp* seen with
    :data:`RAY_WORKER`'s title (another cluster's workers on the machine are not counted), polled until
    :meth:`done`: a high-water mark, so the last reading before the worker ends is its peak to within one poll."""

    def __init__(self, ray_tmp: str) -> None:
        super().__init__(daemon=True)
        self.ray_tmp, self.peak, self.pids, self.stop = ray_tmp, 0.0, set(), threading.Event()

    def run(self) -> None:
        import psutil
        while not self.stop.wait(0.1):
            for proc in psutil.process_iter(["pid", "cmdline"]):
                if proc.info["pid"] in self.pids or self._ours(proc):
                    self.pids.add(proc.info["pid"])
                    try:
                        status = Path(f"/proc/{proc.info['pid']}/status").read_text()
                    except OSError:
                        continue
                    hwm = [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")]
                    self.peak = max([self.peak] + [kb / 1024 for kb in hwm])  # none once it is a zombie

    def _ours(self, proc) -> bool:
        if not (proc.info["cmdline"] or [""])[0].startswith(RAY_WORKER):
            return False
        try:
            return proc.environ().get("RAY_TMPDIR") == self.ray_tmp
        except Exception:  # noqa: BLE001 - gone, or not ours to read
            return False

    def done(self) -> float:
        self.stop.set()
        self.join()
        return self.peak


def ray_resume(python: str, file: str, where: Path) -> tuple[list[str], dict]:
    """The resume on Ray: the command (in a network namespace holding loopback alone) and what its environment
    adds (a private HOME for Ray's token, a short temp dir for its sockets)."""
    home = where / "ray-home"
    home.mkdir(exist_ok=True)
    inner = shlex.join([python, "-m", "effbench", "run", file, "--out", "resume", "--executor", "ray",
                        *RESUME_SETTINGS])
    return (["unshare", "--net", "--", "sh", "-c", f"ip link set lo up && exec {inner}"],
            {"HOME": str(home), "RAY_TMPDIR": tempfile.mkdtemp(prefix="efs-", dir="/tmp")})


def measure_seed(where: Path, env: dict) -> Path:
    """A real run of :data:`RESUME_TASK`'s reference tiers as samples (made by the effbench of *env*)."""
    samples, seed = where / "seed.jsonl", where / "seed"
    subprocess.run([sys.executable, "-m", "effbench", "tasks", "export-samples", str(samples), "--tasks",
                    RESUME_TASK], env=env, cwd=where, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "effbench", "run", str(samples), "--out", str(seed), *RESUME_SETTINGS],
                   env=env, cwd=where, check=True, capture_output=True)
    return seed


def widen_run(seed: Path, out: Path, n_samples: int) -> Path:
    """*seed*'s run made one of *n_samples* samples (over MODELS models), each the expert tier's sample of *seed*
    with its records (and its paired expert runs) under the new sample's key; returns the samples file that
    resumes it.  The run's identity is the new samples' (their hash, as effbench reads them)."""
    from effbench.tasks.samples import load_samples, samples_hash
    from effbench.tasks.task import default_tasks_dir, load_suite
    rows = [json.loads(line) for line in (seed / "samples.jsonl").read_text().splitlines()]
    model = next(r for r in rows if r["model"] == "reference-tier1")
    file = out.parent / f"{out.name}.jsonl"
    file.write_text("".join(json.dumps({"task_id": RESUME_TASK, "model": f"m{i % MODELS}", "sample_id": str(i),
                                        "solution": model["code"]}) + "\n" for i in range(n_samples)))
    samples = load_samples(file, {t.id: t for t in load_suite(default_tasks_dir(), [RESUME_TASK])})
    meta = json.loads((seed / "run.json").read_text())
    meta["samples_hash"] = samples_hash(samples)
    out.mkdir()
    shutil.copytree(seed / "expected", out / "expected")
    (out / "run.json").write_text(json.dumps(meta))
    (out / "samples.jsonl").write_text("".join(json.dumps(s.to_row()) + "\n" for s in samples))
    keys = {row["key"] for row in rows}
    lines = (seed / "records.jsonl").read_text().splitlines(keepends=True)
    mine = {model["key"]: [], "pair:" + model["key"]: []}
    with open(out / "records.jsonl", "w") as fh:
        for line in lines:
            subject = json.loads(line)["subject"]
            if subject in mine:
                mine[subject].append(json.loads(line))
            elif subject.removeprefix("pair:") not in keys:
                fh.write(line)  # the expert, the null program, the tier representatives
        for s in samples:
            for subject, recs in mine.items():
                for rec in recs:
                    fh.write(json.dumps(dict(rec, subject=subject.replace(model["key"], s.key))) + "\n")
    return file


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=1)
    parser.add_argument("--samples", type=int, default=10_000, help="Samples on each task.")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--effbench", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="The checkout whose effbench runs (default: this one).")
    parser.add_argument("--keep", type=Path, default=None, help="Make the run directories here (and keep them).")
    parser.add_argument("--only", default=",".join(c for c in COMMANDS if c != "ray-resume"),
                        help="Comma-separated commands to measure (ray-resume only when named: Ray, as root).")
    parser.add_argument("--write", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--widen", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write:  # in a child: a process's peak counts its parent's memory at the fork, and the records are large
        print(write_run(args.write, args.tasks, args.samples, seed=int(args.write.name == "other")))
        return
    if args.widen:
        widen_run(args.widen / "seed", args.widen / "resume", args.samples)
        return
    only = args.only.split(",")
    root = args.effbench.resolve()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in (root / ".shim", root) if p.is_dir())}
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        run, other = where / "run", where / "other"
        for path in (run, other):  # a --keep directory's runs are measured again as they are (before and after)
            if not path.exists():
                subprocess.run([sys.executable, __file__, "--tasks", str(args.tasks), "--samples", str(args.samples),
                                "--write", str(path)], check=True, capture_output=True)
        with open(run / "records.jsonl", "rb") as fh:  # a block at a time: a child's peak counts this process's size
            n = sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
        size = (run / "records.jsonl").stat().st_size
        commands = {name: [sys.executable, "-m", "effbench", *argv] for name, argv in COMMANDS.items()
                    if name in only}
        envs: dict[str, dict] = {}
        scored = ["run", "other"] if {"compare", "report-html", "report-pytest-benchmark"} & set(only) else []
        if {"resume", "profile", "ray-resume"} & set(only):
            file = str(where / "resume.jsonl")
            if not (where / "resume").exists():
                measure_seed(where, env)
                subprocess.run([sys.executable, __file__, "--samples", str(args.samples), "--widen", str(where)],
                               check=True, capture_output=True, env=env)
            commands["resume"] = [sys.executable, "-m", "effbench", "run", file, "--out", "resume", *RESUME_SETTINGS]
            commands["ray-resume"], extra = ray_resume(sys.executable, file, where)
            envs["ray-resume"] = {**env, **extra}
            commands = {name: command for name, command in commands.items() if name in only}
            scored.append("resume")  # profile picks from its results
        for name in scored:
            subprocess.run([sys.executable, "-m", "effbench", "score", name], env=env, cwd=where, check=False,
                           capture_output=True)
        figures: dict[str, tuple[list[float], list[float], list[float]]] = {name: ([], [], []) for name in commands}
        try:
            for _ in range(args.rounds):
                for name, command in commands.items():
                    watch = WorkerPeak(envs[name]["RAY_TMPDIR"]) if name == "ray-resume" else None
                    if watch:
                        watch.start()
                    rss, cpu = measure(command, envs.get(name, env), where)
                    figures[name][0].append(rss)
                    figures[name][1].append(cpu)
                    if watch:
                        figures[name][2].append(watch.done())
        finally:
            if "ray-resume" in envs:
                shutil.rmtree(envs["ray-resume"]["RAY_TMPDIR"], ignore_errors=True)
    print(f"{args.samples} samples x {args.tasks} task(s): {n} records, records.jsonl {size / 1e6:.0f} MB; "
          f"effbench from {args.effbench}")
    for name, (rss, cpu, worker) in figures.items():
        print(f"  {name:<24} peak RSS {labelled(rss, 'MB', '{:.0f}')}   CPU {labelled(cpu, 's', '{:.2f}')}"
              + (f"   Ray worker's peak {labelled(worker, 'MB', '{:.0f}')}" if worker else ""))


COMMANDS = {"score": ["score", "run"], "compare": ["compare", "run", "other"],
            "report-html": ["report", "run", "--format", "html"],
            "report-pytest-benchmark": ["report", "run", "--format", "pytest-benchmark"], "resume": [],
            "profile": ["profile", "resume", "--slowest", "1"], "ray-resume": []}


if __name__ == "__main__":
    main()
