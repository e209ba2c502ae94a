"""The run store: one directory per run, append-only, so an interrupted run resumes and loses nothing.

Layout of a run directory::

    run.json           identity of the run: settings, suite hash, samples hash, machine, version
    samples.jsonl      the samples as they were read (so ``effbench score`` needs nothing else)
    records.jsonl      one RunRecord per sandboxed execution, appended as measured
    expected/<task>.jsonl   the expert's outputs (written before the record that produced them)
    results.jsonl, tasks.json, leaderboard.json   derived by scoring; rewritten at will
    complexity.json    the size sweeps of ``effbench run --complexity``
    profiles/          ``effbench profile``'s profiles and their index (effbench/profiling/store.py)

Every append is flushed; fsync happens at most every ``sync_interval`` seconds and on close, so a killed machine
loses at most that much.  A torn last line (killed mid-write) is dropped on load.

The store is the only code that touches a run directory's files.  A store opened ``readonly`` (reports, leaderboards,
comparisons) never changes them: it ignores a torn last line rather than truncating it, and refuses every write.
"""
from __future__ import annotations

import errno
import json
import os
import time
from pathlib import Path
from typing import Protocol, TextIO

from effbench.errors import EffbenchError
from effbench.measuring.records import RunRecord, SampleInfo, Settings

IDENTITY = ("settings", "suite_hash", "samples_hash")


class StoreError(EffbenchError):
    pass


def _disk_error(path: Path, exc: OSError) -> StoreError:
    what = "disk full" if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
    return StoreError(f"{path}: cannot write ({what}); finished measurements are kept, rerun to resume")


def read_json_file(path: Path, error: type[Exception] = StoreError):
    """A JSON file's content, or one line saying which file and why it cannot be read (as *error*)."""
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise error(f"{path}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise error(f"{path}: invalid JSON (nested too deeply)") from None
    except UnicodeDecodeError:
        raise error(f"{path}: cannot read (not UTF-8 text)") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from None


def write_text_atomic(path: Path, text: str) -> None:
    """A reader (or a kill) sees the old file or the new one, never half of one; a failed write is one line."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise _disk_error(path, exc) from None


class RecordSink(Protocol):
    """What :class:`~effbench.measuring.plan.TaskEvaluation` needs of a run store: the driver's :class:`RunStore`,
    a thread-safe view of it (:mod:`effbench.measuring.parallel`), or a Ray worker's in-memory one
    (:mod:`effbench.measuring.ray_executor`)."""

    def get(self, key: tuple) -> RunRecord | None: ...

    def records(self) -> list[RunRecord]: ...

    def append(self, record: RunRecord) -> None: ...

    def load_expected(self, task_id: str) -> dict: ...

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None: ...


class RunStore:
    def __init__(self, root: Path, sync_interval: float = 1.0, readonly: bool = False):
        self.root = Path(root)
        self.sync_interval = sync_interval
        self.readonly = readonly
        self._records: dict[tuple, RunRecord] = {}
        self._fh: TextIO | None = None  # the append handle, open between open_for_run() and close()
        self._last_sync = 0.0

    # ------------------------------------------------------------ identity
    @property
    def meta_path(self) -> Path:
        return self.root / "run.json"

    def exists(self) -> bool:
        return self.meta_path.is_file()

    def read_meta(self) -> dict:
        try:
            return json.loads(self.meta_path.read_text())
        except FileNotFoundError:
            raise StoreError(f"{self.root}: not a run directory (no run.json)") from None
        except json.JSONDecodeError as exc:
            raise StoreError(f"{self.meta_path}: corrupt ({exc})") from None

    def settings(self) -> Settings:
        return Settings.from_dict(self.read_meta()["settings"])

    def open_for_run(self, meta: dict, samples: list[dict]) -> None:
        """Create the run, or check that an existing one is the same run before resuming it."""
        self._writable()
        if self.exists():
            old = self.read_meta()
            for key in IDENTITY:
                if old.get(key) != meta.get(key):
                    raise StoreError(f"{self.root}: holds a run with different {key} "
                                     f"({old.get(key)} vs now {meta.get(key)}); use another --out or remove it")
        else:
            try:
                self.root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # the path, or a folder on it, is a file; no permission...
                raise StoreError(f"{self.root}: cannot make the run directory ({exc.strerror or exc})") from None
            os.chmod(self.root, 0o700)
            self._write_json_atomic(self.meta_path, meta)
            self._write_lines(self.root / "samples.jsonl", samples)
        self.load()
        try:
            self._fh = open(self.root / "records.jsonl", "a", encoding="utf-8")  # noqa: SIM115 - open until close()
        except OSError as exc:
            raise _disk_error(self.root / "records.jsonl", exc) from None

    # ------------------------------------------------------------ records
    def load(self) -> dict[tuple, RunRecord]:
        path = self.root / "records.jsonl"
        self._records.clear()
        if not path.is_file():
            return self._records
        raw = path.read_bytes()
        good_end = raw.rfind(b"\n") + 1
        if good_end < len(raw) and not self.readonly:  # torn final line from a kill mid-write: drop it
            with open(path, "r+b") as fh:
                fh.truncate(good_end)
        for line in raw[:good_end].splitlines():
            if line.strip():
                record = RunRecord.from_dict(json.loads(line))
                self._records[record.key] = record  # a later record (e.g. after an infra retry) wins
        return self._records

    def get(self, key: tuple) -> RunRecord | None:
        return self._records.get(key)

    def records(self) -> list[RunRecord]:
        return list(self._records.values())

    def read_records(self, contains: str | None = None) -> list[RunRecord]:
        """Every stored record in file order (a retried run's records all appear), without loading them into the
        store; with *contains*, only lines holding that text (a cheap pre-filter: records.jsonl can be large)."""
        path = self.root / "records.jsonl"
        if not path.is_file():
            return []
        raw = path.read_text()
        lines = raw[:raw.rfind("\n") + 1].splitlines()  # a torn last line is not a record
        return [RunRecord.from_dict(json.loads(line)) for line in lines
                if line.strip() and (contains is None or contains in line)]

    def append(self, record: RunRecord) -> None:
        if self._fh is None:
            raise StoreError(f"{self.root}: not open for a run (append before open_for_run)")
        try:
            self._fh.write(json.dumps(record.to_dict()) + "\n")
            self._fh.flush()
            now = time.monotonic()
            if now - self._last_sync >= self.sync_interval:
                os.fsync(self._fh.fileno())
                self._last_sync = now
        except OSError as exc:
            raise _disk_error(self.root / "records.jsonl", exc) from None
        self._records[record.key] = record

    def close(self) -> None:
        if self._fh is not None:
            try:
                self._fh.flush()
                os.fsync(self._fh.fileno())
            finally:
                self._fh.close()
                self._fh = None

    # ------------------------------------------------------------ expected outputs
    def expected_path(self, task_id: str) -> Path:
        return self.root / "expected" / f"{task_id}.jsonl"

    def load_expected(self, task_id: str) -> dict[tuple, object]:
        path = self.expected_path(task_id)
        out = {}
        if path.is_file():
            for line in path.read_text().splitlines():
                try:
                    item = json.loads(line)
                except json.JSONDecodeError:
                    continue  # torn line: that output will be measured again
                out[(item["phase"], item["level"], item["test"])] = item["value"]
        return out

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None:
        self._writable()
        path = self.expected_path(task_id)
        try:
            path.parent.mkdir(exist_ok=True)
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"phase": phase, "level": level, "test": test, "value": encoded_value}) + "\n")
        except OSError as exc:
            raise _disk_error(path, exc) from None

    # ------------------------------------------------------------ samples and derived files
    def samples(self) -> list[SampleInfo]:
        path = self.root / "samples.jsonl"
        return [SampleInfo(**{k: v for k, v in json.loads(line).items() if k != "code"})
                for line in path.read_text().splitlines() if line.strip()]

    def sample_code(self) -> dict[str, str]:
        path = self.root / "samples.jsonl"
        return {d["key"]: d["code"] for d in map(json.loads, path.read_text().splitlines())}

    def has(self, name: str) -> bool:
        return (self.root / name).is_file()

    def read_json(self, name: str, error: type[Exception] = StoreError):
        """A JSON file of the run directory (run.json, tasks.json, leaderboard.json, profiles/index.json); *error*
        is what its one-line failure is raised as (a profile that cannot be read is a ProfileError)."""
        return read_json_file(self.root / name, error)

    def read_lines(self, name: str) -> list[dict]:
        """A JSON-lines file of the run directory (results.jsonl)."""
        path = self.root / name
        try:
            return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise StoreError(f"{path}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
        except OSError as exc:
            raise StoreError(f"{path}: cannot read ({exc.strerror})") from None

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.root}: opened read-only (a reader never changes a run directory)")

    def write_json(self, name: str, data, indent: int | None = 2) -> Path:
        """Write (atomically) a JSON file of the run directory; *name* may be in a folder of it (profiles/...)."""
        return self.write_text(name, json.dumps(data, indent=indent) + "\n")

    def write_text(self, name: str, text: str) -> Path:
        """Write (atomically) any file of the run directory, making its folder (profiles/ holds callgrind dumps)."""
        self._writable()
        path = self.root / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _disk_error(path, exc) from None
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
