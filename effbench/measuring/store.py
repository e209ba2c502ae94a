"""The run store: one directory per run, append-only, so an interrupted run resumes and loses nothing.

Layout of a run directory::

    run.json           identity of the run: settings, suite hash, samples hash, machine, version
    samples.jsonl      the samples as they were read (so ``effbench score`` needs nothing else)
    records.jsonl      one RunRecord per sandboxed execution, appended as measured
    expected/<task>.jsonl   the expert's outputs (written before the record that produced them)
    results.jsonl, tasks.json, leaderboard.json   derived by scoring; rewritten at will
    complexity.json    the size sweeps of ``effbench run --complexity``
    profiles/          ``effbench profile``'s profiles and their index (effbench/profiling/store.py)

A run directory is written by one command at a time: a store that measures into it or derives its outputs holds an
exclusive lock on ``.lock`` there (a second command is refused in one line, naming the holder's pid), released when
the store closes or the process dies.  Within one process the lock is shared (scoring after measuring).

Every append is flushed; fsync happens at most every ``sync_interval`` seconds and on close, so a killed machine
loses at most that much.  A torn last line (killed mid-write) is dropped on load by the lock's holder.

The store is the only code that touches a run directory's files.  A store opened ``readonly`` (reports, leaderboards,
comparisons) never changes them: it ignores a torn last line rather than truncating it, and refuses every write.
"""
from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, get_type_hints

from effbench import jsonfile
from effbench.measuring.disk_writes import append_whole, disk_error, write_text_atomic
from effbench.measuring.record_file import (RecordGroups, StoreError, cut_torn_line, open_run_file, read_bytes,
                                            records_in, run_path)
from effbench.measuring.record_index import RecordIndex
from effbench.measuring.records import RunRecord, SampleInfo, Settings
from effbench.measuring.run_dir import LOCK_FILE, check_out, identity_difference
from effbench.sandbox.host_paths import keep_out
from effbench.schema_check import first_problem

IDENTITY = ("settings", "suite_hash", "samples_hash")
SAMPLE_FIELDS = {**get_type_hints(SampleInfo), "code": str}  # a samples.jsonl row: a sample's info and its code
# Run directories this process holds: real path -> [the lock file's descriptor, holders].  flock belongs to an open
# file, so a second store of the same directory in this process shares the first's lock instead of refusing itself.
_HELD: dict[str, list[int]] = {}


def _levels_problem(meta: dict) -> str | None:
    """A rule across run.json's fields that its schema cannot say: each task has one hardness per level's tests
    (scoring and every report zip and index them together)."""
    for tid, info in meta["tasks"].items():
        if len(info["tests"]) != len(info["hardness"]):
            return f"tasks.{tid}: {len(info['tests'])} levels of tests, {len(info['hardness'])} of hardness"
    return None


def _is_expected(item) -> bool:
    """A line of expected/<task>.jsonl as save_expected writes it."""
    return (isinstance(item, dict) and isinstance(item.get("phase"), str) and "value" in item
            and all(type(item.get(k)) is int for k in ("level", "test")))


class RecordSink(Protocol):
    """What :class:`~effbench.measuring.plan.TaskEvaluation` needs of a run store: the driver's :class:`RunStore`,
    a thread-safe view of it (:mod:`effbench.measuring.parallel`), or a Ray worker's in-memory one
    (:mod:`effbench.measuring.ray_executor`)."""

    def get(self, key: tuple) -> RunRecord | None: ...

    def runs(self, task: str, subject: str) -> list[RunRecord]: ...

    def append(self, record: RunRecord) -> None: ...

    def before_measuring(self) -> None:
        """The plan is about to measure a run: a store not done checking its records checks them now (a bad file
        is refused before anything is measured)."""

    def load_expected(self, task_id: str) -> dict: ...

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None: ...


class RunStore:
    def __init__(self, root: Path, sync_interval: float = 1.0, readonly: bool = False):
        self.root = keep_out(Path(root))  # every subject's outputs, the expected ones: out of a sandbox's reach
        self.sync_interval = sync_interval
        self.readonly = readonly
        self._index: RecordIndex | None = None  # records.jsonl by key, between open_for_run() and close()
        self._fd: int | None = None  # records.jsonl's append descriptor, open between open_for_run() and close()
        self._last_sync = 0.0
        self._lock_key: str | None = None  # set while this store holds the directory's lock

    # ------------------------------------------------------------ one writer at a time
    def _acquire(self, elsewhere: str = "") -> None:
        """Hold the directory's lock (until :meth:`_release`), or raise StoreError naming who holds it.  *elsewhere*
        ends the refusal where the command could work in another directory (``run``'s ``, or use another --out``):
        ``score`` and ``profile`` act on this run directory or none, and were told to use an --out they lack."""
        if self._lock_key is not None:
            return
        if not self.root.is_dir():
            raise StoreError(f"{self.root}: not a run directory")
        key = os.path.realpath(self.root)
        held = _HELD.get(key)
        if held is not None:
            held[1] += 1
        else:
            try:  # a lock file that is a symbolic link would have its target truncated below
                fd = open_run_file(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT)
            except OSError as exc:
                raise disk_error(self.root / LOCK_FILE, exc) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 32).decode(errors="replace").strip() or "unknown"
                os.close(fd)
                raise StoreError(f"{self.root}: in use by another effbench command (pid {holder}); wait for it "
                                 f"to end{elsewhere}") from None
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            _HELD[key] = [fd, 1]
        self._lock_key = key

    def _release(self) -> None:
        key, self._lock_key = self._lock_key, None
        if key is None:
            return
        held = _HELD[key]
        held[1] -= 1
        if held[1] == 0:
            del _HELD[key]
            os.close(held[0])  # the file stays: removing it would race with the next command's open

    @contextmanager
    def locked(self) -> Iterator[RunStore]:
        """This store, holding the directory's lock for the block (deriving and writing a run's outputs)."""
        self._acquire()
        try:
            yield self
        finally:
            self._release()

    # ------------------------------------------------------------ identity
    @property
    def meta_path(self) -> Path:
        return self.root / "run.json"

    def exists(self) -> bool:
        return self.meta_path.is_file()

    def read_meta(self) -> dict:
        if not self.exists():
            raise StoreError(f"{self.root}: not a run directory (no run.json)")
        meta = self.read_json("run.json")
        problem = first_problem(meta, "run-files", "run") or _levels_problem(meta)
        if problem:
            raise StoreError(f"{self.meta_path}: not a run's identity ({problem})")
        return meta

    def _levels(self) -> dict[str, int]:
        """Task id -> its number of levels (run.json's), which bound a record's level; none without run.json."""
        return {tid: len(info["hardness"]) for tid, info in self.read_meta()["tasks"].items()} \
            if self.exists() else {}

    def settings(self) -> Settings:
        return Settings.from_dict(self.read_meta()["settings"])

    def open_for_run(self, meta: dict, samples: list[dict]) -> None:
        """Create the run, or check that an existing one is the same run before resuming it; either way the
        directory is this store's until :meth:`close`."""
        self._writable()
        check_out(self.root, "run directory")  # the commands said it before making inputs: this is for any caller
        if not self.root.is_dir():
            try:
                self.root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # the path, or a folder on it, is a file; no permission...
                raise StoreError(f"{self.root}: cannot make the run directory ({exc.strerror or exc})") from None
        self._acquire(", or use another --out")
        try:
            self._start(meta, samples)
        except BaseException:
            self._release()
            raise

    def _start(self, meta: dict, samples: list[dict]) -> None:
        if self.exists():
            old = self.read_meta()
            for key in IDENTITY:
                if old.get(key) != meta.get(key):
                    diff = identity_difference(old.get(key), meta.get(key))
                    raise StoreError(f"{self.root}: holds a run with different {key} ({diff}); use another --out or "
                                     "remove it")
        else:
            os.chmod(self.root, 0o700)
            self._write_json_atomic(self.meta_path, meta)
            self._write_lines(self.root / "samples.jsonl", samples)
        path = self.root / "records.jsonl"
        if os.path.lexists(path):
            self._drop_torn_line(path)
        try:
            self._fd = open_run_file(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        except OSError as exc:
            raise disk_error(path, exc) from None
        try:  # made after the append descriptor, which makes the file: the index reads what is appended through it
            self._index = RecordIndex(path, self._levels())
        except BaseException:
            os.close(self._fd)
            self._fd = None
            raise

    # ------------------------------------------------------------ records
    def _drop_torn_line(self, path: Path) -> None:
        """A torn final line (killed mid-write) is dropped by the directory's writer alone: without the lock it may
        be a line another command is writing now."""
        if not self.readonly and self._lock_key is not None:
            try:
                cut_torn_line(path)
            except OSError as exc:
                raise disk_error(path, exc) from None

    def get(self, key: tuple) -> RunRecord | None:
        """The record of *key* (the last one written), None if none; a store open for a run reads them (a resumed
        run replays its plan from them), a little at a time (:class:`RecordIndex`)."""
        return None if self._index is None else self._index.get(key)

    def before_measuring(self) -> None:
        """Every record is checked before the first run is measured (:meth:`RecordIndex.check`)."""
        if self._index is not None:
            self._index.check()

    def hold_for(self, slots: int) -> None:
        """Keep the records of enough subjects parsed for *slots* measuring at once (:meth:`RecordIndex.hold_for`)."""
        if self._index is not None:
            self._index.hold_for(slots)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        """The records of *subject* on *task*, as :meth:`get` has them, in the order their keys were first
        written."""
        return [] if self._index is None else self._index.runs(task, subject)

    def task_runs(self, task: str, wanted: Callable[[str], bool]) -> Iterator[RunRecord]:
        """*task*'s records of the subjects *wanted*, as :meth:`runs` has them (what a Ray unit is seeded with)."""
        if self._index is not None:
            yield from self._index.task_runs(task, wanted)

    def record_groups(self) -> RecordGroups:
        """records.jsonl a (task, subject) at a time (see :class:`RecordGroups`; close it when done): what scoring
        and comparing read, holding one group's records at a time."""
        path = self.root / "records.jsonl"
        if os.path.lexists(path):
            self._drop_torn_line(path)
        return RecordGroups(path, self._levels())

    def read_records(self) -> list[RunRecord]:
        """Every stored record in file order (a retried run's records all appear), all at once: for a test's look
        at a small run.  No command reads a run so (one of ten thousand samples has 700,000 records): they read a
        subject at a time (:meth:`record_groups`, :meth:`runs`)."""
        path = self.root / "records.jsonl"
        if not os.path.lexists(path):
            return []
        return list(records_in(path, levels=self._levels()))

    def append(self, record: RunRecord) -> None:
        if self._fd is None:
            raise StoreError(f"{self.root}: not open for a run (append before open_for_run)")
        line = json.dumps(record.to_dict()) + "\n"
        try:
            append_whole(self._fd, line.encode("utf-8"))
            now = time.monotonic()
            if now - self._last_sync >= self.sync_interval:
                os.fsync(self._fd)
                self._last_sync = now
        except OSError as exc:
            raise disk_error(self.root / "records.jsonl", exc) from None
        assert self._index is not None, "open_for_run made the index with the append handle"
        self._index.added(record, line)

    def close(self) -> None:
        try:
            if self._fd is not None:
                try:
                    os.fsync(self._fd)
                except OSError as exc:
                    raise disk_error(self.root / "records.jsonl", exc) from None
                finally:
                    os.close(self._fd)
                    self._fd = None
        finally:
            if self._index is not None:
                self._index.close()
                self._index = None
            self._release()

    # ------------------------------------------------------------ expected outputs
    def expected_path(self, task_id: str) -> Path:
        return run_path(self.root, f"expected/{task_id}.jsonl")

    def load_expected(self, task_id: str) -> dict[tuple, object]:
        """The expert's outputs kept so far.  The file is a cache: a line that is not one of them (torn by a kill
        and then followed by the next append on the same line, or edited) is left out, and that output is
        measured again."""
        path = self.expected_path(task_id)
        out = {}
        if os.path.lexists(path):
            for line in read_bytes(path).splitlines():
                try:
                    item = jsonfile.loads(line, error=ValueError)
                except ValueError:
                    continue
                if _is_expected(item):
                    out[(item["phase"], item["level"], item["test"])] = item["value"]
        return out

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None:
        self._writable()
        path = self.expected_path(task_id)
        try:
            path.parent.mkdir(exist_ok=True)
            fd = open_run_file(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            try:
                line = json.dumps({"phase": phase, "level": level, "test": test, "value": encoded_value}) + "\n"
                append_whole(fd, line.encode("utf-8"))
            finally:
                os.close(fd)
        except OSError as exc:
            raise disk_error(path, exc) from None

    # ------------------------------------------------------------ samples and derived files
    def samples(self) -> list[SampleInfo]:
        return [SampleInfo(**{k: v for k, v in row.items() if k != "code"}) for row in self._sample_rows()]

    def sample_code(self) -> dict[str, str]:
        return {row["key"]: row["code"] for row in self._sample_rows()}

    def _sample_rows(self) -> list[dict]:
        path = self.root / "samples.jsonl"
        rows = self.read_lines("samples.jsonl")
        for n, row in enumerate(rows, 1):
            if set(row) != set(SAMPLE_FIELDS) or not all(type(row[k]) is t for k, t in SAMPLE_FIELDS.items()):
                raise StoreError(f"{path}: row {n} is not a sample as effbench writes it")
        return rows

    def has(self, name: str) -> bool:
        return (self.root / name).is_file()

    def read_json(self, name: str, error: type[Exception] = StoreError):
        """A JSON file of the run directory (run.json, tasks.json, leaderboard.json, profiles/index.json); *error*
        is what its one-line failure is raised as (a profile that cannot be read is a ProfileError).  Read as a
        plain file of the directory's own (:func:`open_run_file`): a FIFO there kept ``effbench report`` waiting."""
        try:
            text = read_bytes(self.root / name)
        except StoreError as exc:
            raise error(str(exc)) from None
        return jsonfile.loads(text, str(self.root / name), error)

    def read_lines(self, name: str) -> list[dict]:
        """A JSON-lines file of the run directory (results.jsonl)."""
        path = self.root / name
        rows = [jsonfile.loads(line, f"{path}:{n}", StoreError)
                for n, line in enumerate(read_bytes(path).splitlines(), 1) if line.strip()]
        for n, row in enumerate(rows, 1):
            if not isinstance(row, dict):
                raise StoreError(f"{path}: row {n} is not a JSON object")
        return rows

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.root}: opened read-only (a reader never changes a run directory)")

    def write_json(self, name: str, data, indent: int | None = 2) -> Path:
        """Write (atomically) a JSON file of the run directory; *name* may be in a folder of it (profiles/...)."""
        return self.write_text(name, json.dumps(data, indent=indent) + "\n")

    def write_text(self, name: str, text: str) -> Path:
        """Write (atomically) any file of the run directory, making its folder (profiles/ holds callgrind dumps)."""
        self._writable()
        path = run_path(self.root, name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise disk_error(path, exc) from None
        write_text_atomic(path, text)
        return path

    def write_lines(self, name: str, rows: list[dict]) -> Path:
        self._writable()
        path = self.root / name
        self._write_lines(path, rows)
        return path

    @classmethod
    def _write_json_atomic(cls, path: Path, data) -> None:
        write_text_atomic(path, json.dumps(data, indent=2) + "\n")

    @classmethod
    def _write_lines(cls, path: Path, rows: list[dict]) -> None:
        write_text_atomic(path, "".join(json.dumps(r) + "\n" for r in rows))

