"""The ``effbench`` command line (click).  Every failure ends in one line on stderr and a non-zero exit:
2 for bad input, 3 for infrastructure failures (sandbox, expert reference), 130 for Ctrl-C."""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import click

from . import __version__
from .errors import EffbenchError
from .records import MEASURES, Settings
from .samples import FORMATS as SAMPLE_FORMATS
from .rules import DEFAULT as DEFAULT_RULES, NAMES as RULES
from .sandbox.counting import COUNTERS
from .tasks import default_tasks_dir, load_suite


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"effbench: error: {message}", err=True)
    sys.exit(code)


def _ks(text: str) -> list[int]:
    try:
        ks = sorted({int(k) for k in text.split(",") if k.strip()})
    except ValueError:
        raise click.BadParameter(f"expected comma-separated integers, got {text!r}") from None
    if not ks or ks[0] < 1:
        raise click.BadParameter("k values must be positive")
    return ks


def _alpha(ctx, param, value: float) -> float:
    """ENAMEL's alpha: T = alpha * the expert's time.  NaN and infinity pass a click range, so they are refused
    here, while the options are read: before anything is measured or a run directory is made."""
    if not (math.isfinite(value) and value > 1.0):
        raise EffbenchError(f"--alpha must be a finite number above 1, got {value}")
    return value


def _no_dir(ctx, param, value: Path | None) -> Path | None:
    """An output file that names an existing folder is refused before anything is measured."""
    if value is not None and value.is_dir():
        raise EffbenchError(f"{param.opts[0]} {value}: is a directory")
    return value


def _ids(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",") if t.strip()] if text else None


class Main(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EffbenchError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("effbench: interrupted; finished measurements are kept (rerun the same command to resume)",
                       err=True)
            sys.exit(130)


tasks_dir_option = click.option("--tasks-dir", type=click.Path(path_type=Path), default=None,
                                help="Your own task suite folder, used instead of the built-in suite.")


@click.group(cls=Main)
@click.version_option(__version__, prog_name="effbench")
def main() -> None:
    """effbench: sandboxed, timed, profiled evaluation of code efficiency (eff@k, pass@k)."""


@main.command()
@click.argument("samples", type=click.Path(path_type=Path), required=False)
@click.option("--example", is_flag=True,
              help="Measure the built-in example instead of SAMPLES: the reference tiers, a buggy and a timer-cheating "
                   "pseudo-model on a handful of tasks (a few minutes; writes runs/example).")
@click.option("--tasks", "task_ids", help="Comma-separated task ids (default: every task the samples name).")
@tasks_dir_option
@click.option("--k", "ks", default="1,10", show_default=True, help="k values for pass@k and eff@k.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Run directory (default runs/<samples>).")
@click.option("--measure", type=click.Choice(MEASURES), default="cpu", show_default=True)
@click.option("--counter", type=click.Choice(COUNTERS), default="auto", show_default=True,
              help="Instructions mode: hardware counters (perf) where present, else callgrind.")
@click.option("--repeats", type=click.IntRange(1, 100), default=6, show_default=True)
@click.option("--alpha", type=float, default=2.0, show_default=True, callback=_alpha,
              help="The limit T is alpha times the expert's time (finite, above 1).")
@click.option("--seed", type=int, default=998244353, show_default=True)
@click.option("--runner", type=click.Choice(["process", "docker", "auto"]), default="process", show_default=True)
@click.option("--leaderboard", "leaderboard_path", type=click.Path(path_type=Path), default=None, callback=_no_dir,
              help="Also write the leaderboard JSON here.")
@click.option("--dpe-min-correct", type=click.IntRange(0), default=10, show_default=True,
              help="Tasks need this many correct samples to count in a model's suite DPS (EvalPerf).")
@click.option("--dpe-max-profile", type=click.IntRange(1), default=20, show_default=True,
              help="At most this many correct samples per model and task are scored by DPE (EvalPerf).")
@click.option("--dpe-strict-order", is_flag=True,
              help="A task whose tier representatives come out of order is not scored by DPE (EvalPerf's default, "
                   "lazy, warns and keeps matching).")
@click.option("--dpe-include-ineligible", is_flag=True,
              help="Score DPE on tasks EvalPerf's curation drops too (their tier file says not eligible).")
@click.option("--quiet", is_flag=True, help="No progress (bar on a terminal, else a line every 30 s).")
@click.option("--samples-format", type=click.Choice(SAMPLE_FORMATS), default="auto",
              show_default=True, help="effbench/EvalPlus JSONL or ENAMEL's JSON (auto tells them apart).")
@click.option("--model", "model_name", default=None,
              help="Model name for samples that name none (EvalPlus, ENAMEL); overrides others, with a warning.")
@click.option("--rules", type=click.Choice(RULES), default=DEFAULT_RULES, show_default=True,
              help="Rule profile: effbench's own, or ENAMEL's harness's (README, ENAMEL section).")
@click.option("--jobs", type=int, default=None,
              help="Tasks measured at once, each in a sandbox slot on its own core (default: every core counting "
                   "instructions, 1 timing; README, Throughput).")
@click.option("--executor", type=click.Choice(["local", "ray"]), default=None,
              help="local slots (default), or a Ray cluster (pip install 'effbench[ray]').")
@click.option("--ray-address", default=None, help="The Ray cluster to use (implies --executor ray; default: a "
                                                  "cluster of this machine, started for the run).")
def run(samples, task_ids, tasks_dir, ks, out, measure, counter, repeats, alpha, seed, runner, leaderboard_path,
        dpe_min_correct, dpe_max_profile, dpe_strict_order, dpe_include_ineligible, quiet, samples_format, model_name,
        example, rules, jobs, executor, ray_address):
    """Measure SAMPLES (JSONL, .jsonl.gz, ENAMEL JSON or an EvalPlus folder) against the task suite; resumes if OUT
    already holds this run."""
    from .inputs import InputCache
    from .progress import make_progress
    from .run import execute_run
    from .samples import load_samples, samples_name

    ks_list = _ks(ks)
    chosen_executor = _executor(executor, ray_address, jobs, measure)
    if example == (samples is not None):
        raise EffbenchError("give a SAMPLES file, or --example for the built-in example (not both)")
    out = out or Path("runs") / ("example" if example else samples_name(samples))
    if out.exists() and not out.is_dir():
        raise EffbenchError(f"--out {out}: exists and is not a directory")
    suite = {t.id: t for t in load_suite(tasks_dir or default_tasks_dir())}
    if example:
        samples = _example_samples(suite, out)
        if click.get_current_context().get_parameter_source("dpe_min_correct").name == "DEFAULT":
            dpe_min_correct = 1  # one sample per model and task: DPS needs no more to be shown
        dpe_include_ineligible = True  # the reference tiers alone make too few tiers for EvalPerf's curation
    loaded = load_samples(samples, suite, fmt=samples_format, model=model_name,
                          warn=lambda message: click.echo(f"effbench: warning: {message}", err=True))
    wanted = _ids(task_ids)
    if wanted:
        unknown = [t for t in wanted if t not in suite]
        if unknown:
            raise EffbenchError(f"unknown task id(s): {', '.join(unknown)}")
        loaded = [s for s in loaded if s.task_id in wanted]
        if not loaded:
            raise EffbenchError(f"{samples}: no samples for the tasks {', '.join(wanted)}")
    tasks = [suite[t] for t in sorted({s.task_id for s in loaded})]
    if runner == "auto":
        from .sandbox.docker_runner import docker_available
        runner = "docker" if docker_available() else "process"
        click.echo(f"effbench: runner auto -> {runner}", err=True)
    from .sandbox import preflight
    preflight.check(runner, measure, counter)  # kernel settings, tools, permissions: one line, before measuring
    settings = Settings(measure=measure, repeats=repeats, alpha=alpha, seed=seed, runner=runner, counter=counter,
                        rules=rules)
    problems: list[str] = []

    def unscorable(message: str) -> None:
        problems.append(message)
        click.echo(f"effbench: {message}", err=True)

    scoring = {"dpe_min_correct": dpe_min_correct, "dpe_max_profile": dpe_max_profile,
               "dpe_strict_order": dpe_strict_order, "dpe_include_ineligible": dpe_include_ineligible}
    report = execute_run(tasks, loaded, settings, out, ks_list, InputCache(), progress=make_progress(quiet),
                         on_unscorable=unscorable, scoring=scoring, executor=chosen_executor)
    _finish(report, leaderboard_path)


@main.command()
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option("--leaderboard", "leaderboard_path", type=click.Path(path_type=Path), default=None)
@click.option("--k", "ks", default=None, help="k values (default: the run's).")
@click.option("--dpe-min-correct", type=click.IntRange(0), default=None)
@click.option("--dpe-max-profile", type=click.IntRange(1), default=None)
@click.option("--dpe-strict-order/--dpe-lazy-order", default=None, help="Default: the run's.")
@click.option("--dpe-include-ineligible/--dpe-exclude-ineligible", default=None, help="Default: the run's.")
def score(run_dir, leaderboard_path, ks, dpe_min_correct, dpe_max_profile, dpe_strict_order, dpe_include_ineligible):
    """Rescore RUN_DIR from its records (nothing is re-run)."""
    from .run import score_run
    scoring = {k: v for k, v in (("dpe_min_correct", dpe_min_correct), ("dpe_max_profile", dpe_max_profile),
                                 ("dpe_strict_order", dpe_strict_order),
                                 ("dpe_include_ineligible", dpe_include_ineligible)) if v is not None}
    _finish(score_run(run_dir, _ks(ks) if ks else None, scoring), leaderboard_path)


def _executor(kind: str | None, address: str | None, jobs: int | None, measure: str):
    """The executor the options ask for, checked before anything is measured."""
    from .parallel import check_jobs, default_jobs
    from .run import Executor
    kind = kind or ("ray" if address else "local")
    if kind == "local":
        if address:
            raise EffbenchError("--ray-address needs --executor ray (or no --executor)")
        jobs = default_jobs(measure) if jobs is None else jobs
        check_jobs(jobs)
        if jobs > 1 and measure != "instructions":
            click.echo(f"effbench: warning: --jobs {jobs} in {measure} mode: slots running at once disturb each "
                       "other's times (README, Throughput)", err=True)
        return Executor("local", jobs)
    if jobs is not None:
        raise EffbenchError("--jobs is for the local executor; a Ray cluster runs a task per CPU it has")
    from .ray_executor import check_ray
    check_ray()
    return Executor("ray", address=address)


def _example_samples(suite: dict, out: Path) -> Path:
    """The embedded example's samples, written beside the run directory it goes to (a fresh file, never a tracked
    one); the same rows as ``tasks export-samples --tasks <EXAMPLE_TASKS>``."""
    from .examples import EXAMPLE_TASKS, example_rows
    missing = [t for t in EXAMPLE_TASKS if t not in suite]
    if missing:
        raise EffbenchError(f"--example needs the built-in suite's tasks ({', '.join(missing)} not in this suite)")
    path = out.parent / f"{out.name}.samples.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in example_rows([suite[t] for t in EXAMPLE_TASKS])))
    return path


def _finish(report, leaderboard_path: Path | None) -> None:
    board = report.leaderboard
    if leaderboard_path:
        leaderboard_path.parent.mkdir(parents=True, exist_ok=True)
        leaderboard_path.write_text(json.dumps(board, indent=2) + "\n")
    click.echo(format_board(board))
    click.echo(f"run directory: {report.out}  (leaderboard.json, results.jsonl, tasks.json)")
    if report.unscorable:
        for tid, why in report.unscorable.items():
            click.echo(f"effbench: task {tid} unscorable: {why}", err=True)
    if report.infra or report.unscorable:
        # Only an infrastructure failure may go away on a rerun; an expert reference that fails fails again.
        _fail(f"{report.infra} sample(s) hit infrastructure failures{' (rerun to retry)' if report.infra else ''} "
              f"and {len(report.unscorable)} task(s) are unscorable{' (see why above)' if report.unscorable else ''}; "
              "they are excluded from the scores", 3)
    if report.incomplete:
        _fail(f"{report.incomplete} sample(s) are not fully measured; rerun the same command to resume", 3)


def format_board(board: dict) -> str:
    models = board.get("models", {})
    if not models:
        return "(no scored samples)"
    ks = sorted({k for m in models.values() for k in m["pass@k"]}, key=int)
    head = ["model", "tasks", "samples"] + [f"pass@{k}" for k in ks] + [f"eff@{k}" for k in ks] + ["DPS", "DPS_norm"]
    rows = [head]
    for name, m in sorted(models.items(), key=lambda kv: -(kv[1]["eff@k"].get("1") or 0)):
        cells = [name, str(m["n_tasks"]), str(m["n_samples"])]
        for metric in ("pass@k", "eff@k"):
            cells += ["-" if m[metric].get(k) is None else f"{m[metric][k]:.3f}" for k in ks]
        cells += ["-" if m.get(key) is None else f"{m[key]:.1f}" for key in ("DPS", "DPS_norm")]
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    table = "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
    dpe = (board.get("meta") or {}).get("dpe")
    if dpe and any(m.get("DPS") is not None for m in models.values()):
        table += f"\nDPS: {dpe['mode']} mode, tier matching {dpe['matching']}"
    return table


# ---------------------------------------------------------------- tasks
@main.group()
def tasks() -> None:
    """List, show and validate tasks."""


@tasks.command("list")
@tasks_dir_option
def tasks_list(tasks_dir):
    """One line per task: id, category, difficulty, tiers."""
    for task in load_suite(tasks_dir or default_tasks_dir()):
        tiers = " < ".join(r.complexity for r in reversed(task.references))
        click.echo(f"{task.id:34} {task.category:20} {task.difficulty:7} {tiers}")


@tasks.command("show")
@click.argument("task_id")
@tasks_dir_option
def tasks_show(task_id, tasks_dir):
    """Manifest summary and problem statement of one task."""
    task = load_suite(tasks_dir or default_tasks_dir(), [task_id])[0]
    click.echo(f"{task.id}: {task.title}  [{task.category}, {task.difficulty}]")
    click.echo(f"entry point: {task.signature}   checker: {task.checker}   memory: {task.memory_mb} MiB")
    click.echo(f"levels: sizes {list(task.levels.sizes)}, tests {list(task.levels.tests)}, "
               f"hardness {list(task.levels.hardness)}")
    for ref in task.references:
        click.echo(f"  tier {ref.name:24} {ref.complexity:14} {'(expert)' if ref.expert else ''}")
    click.echo("")
    click.echo(task.problem.rstrip())


@tasks.command("catalogue")
@click.option("--write", is_flag=True, help="Write tasks/README.md instead of printing.")
@tasks_dir_option
def tasks_catalogue(write, tasks_dir):
    """The catalogue of the suite (tasks/README.md), generated from the manifests."""
    from .catalogue import render
    root = tasks_dir or default_tasks_dir()
    text = render(load_suite(root))
    if write:
        (root / "README.md").write_text(text)
        click.echo(f"wrote {root / 'README.md'}")
    else:
        click.echo(text, nl=False)


@tasks.command("export-samples")
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--tasks", "task_ids", help="Comma-separated task ids (default: all).")
@click.option("--no-adversarial", is_flag=True, help="Only the reference tiers as pseudo-models.")
@tasks_dir_option
def tasks_export_samples(out, task_ids, no_adversarial, tasks_dir):
    """Write the reference tiers (plus a buggy and a timer-cheating model) as a samples file."""
    from .examples import example_rows
    rows = example_rows(load_suite(tasks_dir or default_tasks_dir(), _ids(task_ids)), not no_adversarial)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    click.echo(f"{len(rows)} samples written to {out}")


@tasks.command("validate")
@click.argument("task_ids", nargs=-1)
@click.option("--all", "all_tasks", is_flag=True, help="Validate every task of the suite.")
@click.option("--fast", is_flag=True, help="Small levels only, no tier timing (what CI runs on every task).")
@click.option("--seed", type=int, default=998244353, show_default=True)
@tasks_dir_option
def tasks_validate(task_ids, all_tasks, fast, seed, tasks_dir):
    """Prove tasks: schema, generator determinism, references agree, tiers ordered, checker sound."""
    from .validate import validate_tasks
    if not task_ids and not all_tasks:
        raise click.UsageError("name task ids or pass --all")
    from .inputs import InputCache, check_inputs
    from .validate import FAST_LEVELS
    suite = load_suite(tasks_dir or default_tasks_dir(), list(task_ids) or None)
    check_inputs(suite, seed, InputCache(), FAST_LEVELS if fast else None)  # a generator that raises: one line
    failures = validate_tasks(suite, fast=fast, seed=seed, echo=click.echo)
    if failures:
        _fail(f"{failures} of {len(suite)} task(s) failed validation", 1)
    click.echo(f"{len(suite)} task(s) valid")


# Command groups that live in their own modules.
from .cli_tiers import tiers as _tiers  # noqa: E402

main.add_command(_tiers)
from .cli_import import group as _import_group; main.add_command(_import_group)  # noqa: E402,E702
from .cli_reports import register as _register_reports; _register_reports(main)  # noqa: E402,E702
from .cli_image import image as _image; main.add_command(_image)  # noqa: E402,E702
from .cli_generate import generate as _generate; main.add_command(_generate)  # noqa: E402,E702

if __name__ == "__main__":  # pragma: no cover
    main()
