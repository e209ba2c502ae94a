"""``effbench generate``: a samples file from an OpenAI-compatible model server, ready for ``effbench run``.

Exit codes are documented in :mod:`effbench.generate`: 2 for the user's mistakes (including an unreachable server,
a rejected key, an unknown model and a malformed reply), 3 for a server that keeps failing on some samples after
every retry (rerun to fill them in), 130 on Ctrl-C (nothing received is lost; rerun to resume).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from effbench.cli.options import FiniteFloat, ids, show, tasks_dir_option, writable
from effbench.errors import EffbenchError, stopped_by
from effbench.tasks.task import default_tasks_dir, load_suite


@click.command()
@click.option("--model", required=True, help="Model name, as the server knows it.")
@click.option("--base-url", required=True, envvar="OPENAI_BASE_URL",
              help="The server's OpenAI API root, e.g. http://localhost:8000/v1 (or $OPENAI_BASE_URL).")
@click.option("--api-key-env", default="OPENAI_API_KEY", show_default=True,
              help="Environment variable holding the API key (a local server without keys needs none).")
@click.option("--api", type=click.Choice(["chat", "completions"]), default="chat", show_default=True,
              help="chat: /chat/completions (instruction models); completions: /completions (base models).")
@click.option("-o", "--out", type=click.Path(path_type=Path), required=True, callback=writable,
              help="Samples JSONL; resumed if it already holds samples of this model.")
@click.option("--n", "n", type=click.IntRange(1), default=1, show_default=True, help="Samples per task.")
@click.option("--temperature", type=FiniteFloat(0, 2), default=0.8, show_default=True)
@click.option("--top-p", type=FiniteFloat(0, 1, min_open=True), default=0.95, show_default=True)
@click.option("--max-tokens", type=click.IntRange(1), default=1024, show_default=True)
@click.option("--seed", type=int, default=None, help="Sample i is asked with seed SEED+i (servers that honour it).")
@click.option("--tasks", "task_ids", help="Comma-separated task ids (default: the whole suite).")
@tasks_dir_option
@click.option("--prompt", "prompt_id", default="plain", show_default=True,
              help="Prompt template id: plain, efficient, head, or a NAME.txt of --prompt-dir.")
@click.option("--prompt-dir", type=click.Path(path_type=Path), default=None,
              help="More prompt templates (NAME.txt, string.Template placeholders such as $prompt).")
@click.option("--label", default=None, help="The model's name in the rows and the leaderboard (default: --model).")
@click.option("--concurrency", type=click.IntRange(1, 256), default=4, show_default=True)
@click.option("--timeout", type=FiniteFloat(0, min_open=True), default=120.0, show_default=True,
              help="Seconds per request attempt.")
@click.option("--retries", type=click.IntRange(0, 50), default=6, show_default=True,
              help="Retries per request on 429, 5xx, timeouts and lost connections (exponential back-off, "
                   "Retry-After honoured).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def generate(model, base_url, api_key_env, api, out, n, temperature, top_p, max_tokens, seed, task_ids, tasks_dir,
             prompt_id, prompt_dir, label, concurrency, timeout, retries, quiet):
    """Ask a model for N samples per task and write them to OUT (then: effbench run OUT)."""
    from effbench.generate.client import ModelClient, Sampling, ServerError
    from effbench.generate.jobs import Job, run_jobs
    from effbench.generate.prompts import load_template
    from effbench.generate.store import Recipe, SamplesFile
    from effbench.tasks.samples import check_model_name
    from effbench.urls import check_http_url

    # checked before anything is read or sent: a label `effbench run` refuses would waste every request
    check_http_url(base_url, "--base-url")
    label = check_model_name(model if label is None else label, "--model" if label is None else "--label")
    wanted = ids(task_ids)  # "" is bad input, not the whole suite (a request per task)
    suite = sorted(load_suite(tasks_dir or default_tasks_dir(), wanted), key=lambda t: t.id)
    template = load_template(prompt_id, prompt_dir)
    api_key = os.environ.get(api_key_env)
    if not api_key:
        if api_key_env != "OPENAI_API_KEY":
            raise EffbenchError(f"--api-key-env {api_key_env}: the environment variable is not set")
        api_key = "none"  # local servers take any key; the client library insists on one
    sampling = Sampling(api, temperature, top_p, max_tokens, seed)
    recipe = Recipe(model, template.id, template.sha, sampling.to_dict())
    store = SamplesFile(out, label, recipe, warn=lambda m: show(f"effbench: {m}", err=True))
    by_id = {t.id: t for t in suite}
    jobs = [Job(by_id[t], i) for t, i in store.missing(list(by_id), n)]
    if not jobs:
        store.finish()
        click.echo(f"nothing to do: {out} already holds {n} sample(s) of {label} for each of {len(suite)} task(s)")
        return
    client = ModelClient(base_url, model, api_key, timeout, retries)
    served = client.check()
    started = time.monotonic()
    try:
        with click.progressbar(length=len(jobs), label=f"generating ({label})", file=sys.stderr,
                               show_pos=True, hidden=quiet or not sys.stderr.isatty()) as bar:
            def on_row(row: dict) -> None:
                store.add(row)
                bar.update(1)
            outcome = run_jobs(jobs, client, template, sampling, recipe, label, concurrency, on_row, served)
    except KeyboardInterrupt as exc:  # SIGTERM and SIGHUP too (cli.main): said, and exited with, as every command does
        said, code = stopped_by(exc)
        click.echo(f"effbench: {said}; the samples received are in {out} (rerun the same command to fill in the "
                   "rest)", err=True)
        sys.exit(code)
    finally:
        store.finish()
    usage = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in sorted(outcome.usage.items())) or "no usage reported"
    click.echo(f"{outcome.received} sample(s) of {label} in {time.monotonic() - started:.1f} s "
               f"({outcome.no_code} without usable code; {usage}) -> {out}")
    if outcome.failed:
        raise ServerError(f"{len(outcome.failed)} request(s) failed after {retries} retries (last: "
                          f"{outcome.failed[-1]}); rerun the same command to fill them in")


COMMANDS = [generate]
