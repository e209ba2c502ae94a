"""Reading records.jsonl: every record in file order (:func:`records_in`), or a group at a time
(:class:`RecordGroups`), so that scoring, comparing, reporting or resuming a run holds one subject's records, not
the run's.

A run of ten thousand samples on one task has about 700,000 records (a sample's hand cases, every level's repeats,
the expert's runs paired with them); read whole, they took 1 GB to score, and a suite of 103 tasks would take a
hundred times that.  :class:`RecordGroups` reads the file once to learn which lines hold each (task, subject) and
keeps only their offsets (twelve bytes a record); a group's records are parsed when asked for, and dropped by the
caller once it has what it scores from them.

Every line is checked as :func:`records_in` checks it (its JSON, its fields, its level; see
:func:`~effbench.measuring.records.record_problem`), when its group is read.  A bad line is reported as the old
whole-file reading reported it, naming the first bad line of the file: on any problem the file is checked again in
order (:meth:`RecordGroups._first_problem`), which costs nothing on a good file.  A run that resumes must refuse a
bad file before it measures anything: its index reads every group before then
(:meth:`~effbench.measuring.record_index.RecordIndex.check`).
"""
from __future__ import annotations

import errno
import json
import os
import re
import stat
from array import array
from collections.abc import Iterator
from typing import NoReturn
from pathlib import Path

from effbench import jsonfile
from effbench.errors import EffbenchError
from effbench.measuring.records import RunRecord, record_problem

CHUNK = 1 << 22   # bytes read at a time when reading the whole file
SPAN = 1 << 16    # a group's lines closer together than this are read in one call
# The start of a line as RunStore.append writes it: the group's two fields, as JSON strings.  A line that starts
# otherwise (written by hand, or not a record at all) is parsed whole to find its group.
# The longest line a reader holds: no record effbench writes comes near it (its detail is cut at 2,000 characters,
# measuring/plan.py, at most 24 kB as JSON escapes, beside a task's and a subject's names), so a longer line is a bad
# line, named at once, and a torn last line longer than it is passed over without being held (a 2 GB one was held
# whole before being left out).
MAX_LINE_BYTES = 1 << 20
_PREFIX = re.compile(rb'\{"task": ("(?:[^"\\]|\\.)*"), "subject": ("(?:[^"\\]|\\.)*"), ')


class StoreError(EffbenchError):
    pass


class LineTooLong(StoreError):
    """A line of the file past :data:`MAX_LINE_BYTES` (a reader of groups then names the file's first bad line)."""


def cannot_read(path: Path, exc: OSError) -> StoreError:
    """The one line for a run file that could not be read (whichever reader met the OSError)."""
    return StoreError(f"{path}: cannot read ({exc.strerror or exc})")


def open_run_file(path: Path, flags: int = os.O_RDONLY, mode: int = 0o600) -> int:
    """A descriptor of *path*, a file of a run directory effbench reads or writes (records.jsonl, expected/, the
    lock), opened only if it is a plain file of the directory's own; else a StoreError in one line (exit 2).

    A run directory may come from elsewhere (a baseline artifact an attacker's pull request made, a copy edited by
    hand).  Its records.jsonl or lock file as a symbolic link made ``effbench score`` truncate the file it points
    to (the lock's holder writes its pid over it; the writer cuts a torn last line); a FIFO blocked the run that
    resumed it; and a FIFO, a device or a folder was read as a run without records.  So a symbolic link is not
    followed (``O_NOFOLLOW``), a FIFO not waited on (``O_NONBLOCK``: opening one for writing with no reader fails
    at once), and what was opened must be a regular file.  OSErrors other than these are the caller's to word."""
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise symbolic_link(path) from None
        if exc.errno in (errno.ENXIO, errno.EISDIR):
            raise not_regular(path) from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise not_regular(path)
    return fd


def run_path(root: Path, name: str) -> Path:
    """*root*/*name*, a file of the run directory *root*, refused in one line (a StoreError, exit 2) when a folder
    between them (expected/, profiles/) is a symbolic link: written through, it put the run's files (the expert's
    outputs, ``effbench profile``'s dumps) wherever it pointed.  The file itself is :func:`open_run_file`'s to
    check."""
    path = root / name
    for folder in reversed(Path(name).parents[:-1]):
        if (root / folder).is_symlink():
            raise symbolic_link(root / folder)
    return path


def symbolic_link(path: Path) -> StoreError:
    return StoreError(f"{path}: is a symbolic link; effbench reads and writes a run directory's own files only")


def not_regular(path: Path) -> StoreError:
    return StoreError(f"{path}: not a regular file (a folder, FIFO or device); a run directory's files are plain "
                      "files")


def read_bytes(path: Path) -> bytes:
    """The whole of a run directory's file (:func:`open_run_file`)."""
    try:
        fd = open_run_file(path)
    except OSError as exc:
        raise cannot_read(path, exc) from None
    try:
        with os.fdopen(fd, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise cannot_read(path, exc) from None


def record_of(line: bytes, where: str, levels: dict[str, int]) -> RunRecord:
    """One line of records.jsonl as a run record; a line that is not one (edited, or from elsewhere) is one
    StoreError naming *where*, not an exception from whatever reads it."""
    row = jsonfile.loads(line, where, StoreError)
    problem = record_problem(row, levels) if isinstance(row, dict) else "not a JSON object"
    if problem:
        raise StoreError(f"{where}: not a run record ({problem})")
    try:
        return RunRecord.from_dict(row)
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        raise StoreError(f"{where}: not a run record ({type(exc).__name__}: {str(exc)[:120]})") from None


def records_in(path: Path, levels: dict[str, int] | None = None) -> Iterator[RunRecord]:
    """The run records of the complete lines of the file at *path*, each checked by :func:`record_of` and named by
    its line number; read a chunk at a time, so what this holds is the records it yields."""
    try:
        fd = open_run_file(path)
    except OSError as exc:
        raise cannot_read(path, exc) from None
    try:
        for n, _, line in Lines(fd, path):
            if line.strip():
                yield record_of(line, f"{path}:{n}", levels or {})
    except OSError as exc:
        raise cannot_read(path, exc) from None
    finally:
        os.close(fd)


def complete_end(fd: int) -> int:
    """Where the complete lines of the open file *fd* end (after its last newline), found reading back from its
    end."""
    end = os.fstat(fd).st_size
    while end > 0:
        start = max(0, end - CHUNK)
        at = os.pread(fd, end - start, start).rfind(b"\n")
        if at >= 0:
            return start + at + 1
        end = start
    return 0


def cut_torn_line(path: Path) -> None:
    """Cut a torn last line (killed mid-write) off the run file *path*, opened as :func:`open_run_file` opens it
    (through a symbolic link, the cut was made in the file it pointed to)."""
    fd = open_run_file(path, os.O_RDWR)
    try:
        if (end := complete_end(fd)) < os.fstat(fd).st_size:
            os.ftruncate(fd, end)
    finally:
        os.close(fd)


class Lines:
    """The complete lines of an open file as ``bytes.splitlines`` makes them (a carriage return ends one too), read
    a chunk at a time: (line number, offset, text).  Once read through, ``end`` is where the complete lines end (a
    torn last line, killed mid-write, is not one).  A line past :data:`MAX_LINE_BYTES` is a :class:`LineTooLong`
    naming *where*, the file."""

    def __init__(self, fd: int, where: Path | str):
        self.fd, self.where, self.end = fd, where, 0

    def __iter__(self) -> Iterator[tuple[int, int, bytes]]:
        at, pos, n = 0, 0, 0
        pending: list[bytes] = []  # the unfinished line's pieces: joined once a newline ends it, not at each chunk
        held = 0  # the unfinished line's length, counted on once its pieces are no longer held
        while chunk := os.pread(self.fd, CHUNK, at):
            at += len(chunk)
            first = chunk.find(b"\n")
            held += len(chunk) if first < 0 else first
            if held > MAX_LINE_BYTES:
                if first >= 0:
                    raise self._too_long(n + 1)
                pending = []  # a torn last line so long is never a record: passed over, not held
                continue
            pending.append(chunk)
            if first < 0:
                continue  # (a torn last line of many chunks is read in linear time, not rebuilt chunk after chunk)
            segments = b"".join(pending).split(b"\n")
            pending = [segments.pop()]
            held = len(pending[0])
            for segment in segments:
                if len(segment) > MAX_LINE_BYTES:
                    raise self._too_long(n + 1)
                for offset, line in _split_cr(segment):
                    n += 1
                    yield n, pos + offset, line
                pos += len(segment) + 1
        self.end = pos

    def _too_long(self, number: int) -> LineTooLong:
        return LineTooLong(f"{self.where}:{number}: a line of more than {MAX_LINE_BYTES} bytes, longer than any run "
                           "record")


def _split_cr(segment: bytes) -> list[tuple[int, bytes]]:
    """(offset, text) of the lines ``bytes.splitlines`` makes of *segment* (which holds no newline)."""
    if b"\r" not in segment:
        return [(0, segment)]
    parts = segment.split(b"\r")
    if parts[-1] == b"":
        parts.pop()  # "a\r" is one line, as "a\r\n" is
    out, offset = [], 0
    for part in parts:
        out.append((offset, part))
        offset += len(part) + 1
    return out


class RecordGroups:
    """The records of records.jsonl by (task, subject), read a group at a time.  A group's records are deduplicated
    (a later record with the same key, e.g. an infrastructure failure's retry, takes the earlier one's place, as
    :class:`~effbench.measuring.record_index.RecordIndex` holds them), and come in file order.  *levels*: task ->
    its number of levels (run.json's).
    ``end`` is where the complete lines end: past it, a torn last line (killed mid-write) that is not read."""

    def __init__(self, path: Path, levels: dict[str, int]):
        self.path, self.levels = path, levels
        self._where: dict[tuple[str, str], tuple[array, array]] = {}  # group -> its lines' offsets and lengths
        self.end, self._fd = 0, None
        if not os.path.lexists(path):
            return
        try:
            self._fd = open_run_file(path)
            self._scan(self._fd)
        except BaseException as exc:
            self.close()
            if isinstance(exc, OSError):
                raise cannot_read(path, exc) from None
            raise

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RecordGroups:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _scan(self, fd: int) -> None:
        by_prefix: dict[bytes, tuple[array, array]] = {}
        lines = Lines(fd, self.path)
        try:
            for _, start, line in lines:
                if not line.strip():
                    continue
                m = _PREFIX.match(line)
                spot = by_prefix.get(m.group()) if m is not None else None
                if spot is None:
                    spot = self._spot(line, m)
                    if m is not None:
                        by_prefix[m.group()] = spot
                spot[0].append(start)
                spot[1].append(len(line))
        except LineTooLong:
            self._first_problem()  # a bad line before it is named first, as reading the file whole in order names it
        self.end = lines.end

    def _spot(self, line: bytes, m: re.Match | None) -> tuple[array, array]:
        """The offsets of the group *line* belongs to: by its prefix *m*, else by parsing it."""
        try:
            key = (json.loads(m.group(1)), json.loads(m.group(2))) if m is not None else None
        except ValueError:
            key = None
        if key is None:
            try:
                rec = record_of(line, str(self.path), self.levels)
            except StoreError:
                self._first_problem()
            key = (rec.task, rec.subject)
        return self._where.setdefault(key, (array("Q"), array("I")))

    def add(self, task: str, subject: str, offset: int, length: int) -> None:
        """A line of (*task*, *subject*) at *offset*: one the scan found, or one the file's writer appended since."""
        spot = self._where.setdefault((task, subject), (array("Q"), array("I")))
        spot[0].append(offset)
        spot[1].append(length)

    def all_keys(self) -> list[tuple[str, str]]:
        """Every (task, subject) with records, in the order of their first record."""
        return list(self._where)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        """The records of *subject* on *task* (none when it has no record)."""
        spot = self._where.get((task, subject))
        if spot is None:
            return []
        out: dict[tuple, RunRecord] = {}
        try:
            for line in self._lines(*spot):
                rec = record_of(line, str(self.path), self.levels)
                if (rec.task, rec.subject) != (task, subject):
                    raise StoreError(f"{self.path}: changed while being read")
                out[rec.key] = rec  # a later record (after an infra retry) takes the earlier one's place
        except StoreError:
            self._first_problem()
        except OSError as exc:
            raise cannot_read(self.path, exc) from None
        return list(out.values())

    def _lines(self, offsets: array, lengths: array) -> Iterator[bytes]:
        """The lines at *offsets*, lines near each other read in one call."""
        assert self._fd is not None
        i, n = 0, len(offsets)
        while i < n:
            j, first = i + 1, offsets[i]
            while j < n and offsets[j] + lengths[j] - first <= SPAN:
                j += 1
            block = os.pread(self._fd, offsets[j - 1] + lengths[j - 1] - first, first)
            for k in range(i, j):
                yield block[offsets[k] - first:offsets[k] - first + lengths[k]]
            i = j

    def _first_problem(self) -> NoReturn:
        """Raise the StoreError of the file's first bad line, as reading it whole in order does."""
        for _ in records_in(self.path, levels=self.levels):
            pass
        raise StoreError(f"{self.path}: changed while being read; read it again")
