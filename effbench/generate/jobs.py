"""One job: ask for the missing samples, ``concurrency`` requests at a time, and hand each row over as it arrives.

Requests run in daemon threads (the ``openai`` client is thread-safe and releases the GIL while it waits), and
every reply goes back to the calling thread, which alone extracts the code and writes the file: CPython 3.11's
``ast.parse`` is not safe to call from several threads at once (it failed with "AST constructor recursion depth
mismatch" at concurrency 8 here), and extraction is cheap next to a model's answer.  Daemon threads, not a thread
pool: on Ctrl-C the caller must be able to save what it has and exit at once, without waiting for requests in flight
(a pool joins its threads at exit, up to a whole timeout and its retries later).  A fatal error (exit 2: rejected key,
unknown model, malformed reply) stops everything; a request that still fails after its retries (exit 3) is counted
and the others go on, so a rerun has only those left to do.
"""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field

from effbench.tasks.task import Task
from effbench.generate.client import ModelClient, Reply, Sampling, ServerError
from effbench.generate.extract import extract
from effbench.generate.prompts import PromptTemplate
from effbench.generate.store import Recipe, make_row


@dataclass(frozen=True)
class Job:
    task: Task
    index: int


@dataclass
class Outcome:
    received: int = 0
    no_code: int = 0
    failed: list[str] = field(default_factory=list)
    usage: dict = field(default_factory=dict)


def run_jobs(jobs: list[Job], client: ModelClient, template: PromptTemplate, sampling: Sampling, recipe: Recipe,
             label: str, concurrency: int, on_row, served: list[str] | None = None) -> Outcome:
    todo: queue.Queue = queue.Queue()
    for job in jobs:
        todo.put(job)
    results: queue.Queue = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        while not stop.is_set():
            try:
                job = todo.get_nowait()
            except queue.Empty:
                return
            try:
                seed = None if sampling.seed is None else sampling.seed + job.index
                request = Sampling(sampling.api, sampling.temperature, sampling.top_p, sampling.max_tokens, seed)
                results.put(("reply", (job, seed, client.complete(template.render(job.task), request, served))))
            except Exception as exc:  # noqa: BLE001 - handed to the caller, which decides
                results.put(("error", exc))

    for _ in range(min(concurrency, len(jobs))):
        threading.Thread(target=work, daemon=True).start()
    outcome = Outcome()
    try:
        for _ in range(len(jobs)):
            while True:
                try:
                    kind, item = results.get(timeout=0.2)
                    break
                except queue.Empty:
                    continue
            if kind == "error":
                if not isinstance(item, ServerError):
                    raise item
                outcome.failed.append(str(item))
                continue
            job, seed, reply = item
            row = _row(job, seed, reply, template, sampling.api, recipe, label)
            on_row(row)
            outcome.received += 1
            outcome.no_code += "no_code" in row
            for key, value in (row.get("usage") or {}).items():
                outcome.usage[key] = outcome.usage.get(key, 0) + value
    finally:
        stop.set()
    return outcome


def _row(job: Job, seed: int | None, reply: Reply, template: PromptTemplate, api: str, recipe: Recipe,
         label: str) -> dict:
    head = job.task.prompt if api == "completions" and template.continues(job.task) else ""
    return make_row(label, job.task.id, job.index, recipe, reply, extract(reply.text, job.task.entry_point, head),
                    seed)
