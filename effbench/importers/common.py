"""What the importers share: bad-row bookkeeping, task ids, source checks, TOML writing, and writing folders.

An import is all-or-nothing by default: every row is checked first, and a single bad row stops the import before a
file is written (one line naming the row).  With ``--skip-bad`` the bad rows are reported one line each and the good
ones written.  Checks only *parse* the origin's code (``compile``): nothing from the data set runs at import time.
"""
from __future__ import annotations

import ast
import gzip
import io
import json
import math
import os
import re
import shutil
import stat
import tomllib
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import BinaryIO

from effbench.errors import EffbenchError
from effbench.measuring.disk_writes import write_refused
from effbench.tables import code_point
from effbench.sandbox import owned_dirs


STAGE_PREFIX = ".effbench-import-"  # a folder an import writes its tasks into before renaming each into place


class DatasetImportError(EffbenchError):
    """A data set that cannot be imported (bad file, bad rows without --skip-bad, an output folder in the way)."""


class RowError(Exception):
    """One row is malformed; the message says why (the caller adds file and row)."""


@dataclass
class TaskFolder:
    """One task folder to write: its id and its files (relative path -> text)."""

    id: str
    origin_id: str
    files: dict[str, str]


@dataclass
class RowProblem:
    row: int           # 1-based data row (a CSV record, or a JSONL line)
    origin_id: str | None
    reason: str

    def describe(self, path: Path) -> str:
        shown = self.origin_id if self.origin_id is None or len(self.origin_id) <= 80 else self.origin_id[:77] + "..."
        name = f" ({shown})" if shown else ""  # a 5,000-character task_id is named by its start
        return f"{path}: row {self.row}{name}: {self.reason}"


@dataclass
class ImportReport:
    written: list[Path] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)


# The longest task id (the task's folder name) an import makes.  A file name holds at most 255 bytes (NAME_MAX on
# Linux and macOS), and effbench names files after a task id with a suffix (a run's expected/<id>.jsonl, a plot's
# <id>.png): a 5,000-character task_id was OSError ENAMETOOLONG at the first look at its folder, naming all of it.
MAX_TASK_ID = 200


def task_slug(origin: str, origin_id: str) -> str:
    """effbench task id for an origin's task id: ``HumanEval/0`` from ENAMEL -> ``enamel-humaneval-0``.  The one
    home of the rules on the folder name an import makes, checked with the row (before anything is written)."""
    body = re.sub(r"[^a-z0-9]+", "-", origin_id.lower()).strip("-")
    if not body:
        raise RowError(f"task_id {origin_id!r} has no letters or digits to name a task folder")
    slug = f"{origin}-{body}"
    if len(slug) > MAX_TASK_ID:
        raise RowError(f"task_id makes a task folder name of {len(slug)} characters, longer than the {MAX_TASK_ID} "
                       "characters a task id may have (a file name holds at most 255 bytes)")
    return slug


def safe_label(origin_id: str) -> str:
    """The origin's task id as it may appear inside a generated docstring."""
    return re.sub(r"[^A-Za-z0-9_/.:+ -]", "?", origin_id)[:200]


def check_utf8(text: str, what: str) -> str:
    """*text*, if a UTF-8 file can hold it.  JSON carries a lone surrogate (``"\\ud800"``), which no file can: in
    code it failed the compile, in a task_id it was UnicodeEncodeError half-way through writing the folders, with the
    rows before it written.  A row's texts are checked here (require_str, check_compiles), with the row."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RowError(f"{what} holds {code_point(text[exc.start])}, which no UTF-8 file can hold") from None
    return text


def check_compiles(source: str, what: str) -> ast.Module:
    """Parse and compile (not run) origin code; a syntax error is the row's fault."""
    check_utf8(source, what)
    try:
        compile(source, f"<{what}>", "exec", dont_inherit=True)
        return ast.parse(source)
    except (SyntaxError, ValueError) as exc:
        line = f" line {exc.lineno}" if isinstance(exc, SyntaxError) and exc.lineno else ""
        raise RowError(f"{what} does not compile ({getattr(exc, 'msg', exc)}{line})") from None


def top_level_def(module: ast.Module, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The last top-level ``def name`` (the one Python would bind), or None."""
    found: ast.FunctionDef | ast.AsyncFunctionDef | None = None
    for node in module.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            found = node
    return found


def signature_of(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    ret = f" -> {ast.unparse(fn.returns)}" if fn.returns is not None else ""
    return f"def {fn.name}({ast.unparse(fn.args)}){ret}"


def arity(fn: ast.FunctionDef | ast.AsyncFunctionDef | None) -> tuple[int, int | None]:
    """(fewest, most) positional arguments a call may pass; most is None with ``*args`` (or an unknown function)."""
    if fn is None:
        return 0, None
    positional = len(fn.args.posonlyargs) + len(fn.args.args)
    return positional - len(fn.args.defaults), None if fn.args.vararg else positional


def require_str(row: dict, key: str, allow_empty: bool = False) -> str:
    value = row.get(key)
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise RowError(f"{key} must be a non-empty string")
    return check_utf8(value, key)


def require_identifier(row: dict, key: str) -> str:
    value = require_str(row, key).strip()
    if not value.isidentifier():
        raise RowError(f"{key} {value!r} is not a Python identifier")
    return value


# ---------------------------------------------------------------- the data file
FILE_KINDS = {stat.S_IFDIR: "a directory", stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket",
              stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device"}


GZIP_MAGIC = b"\x1f\x8b"  # a gzip stream's first bytes: compressed files are told by them, never by their name


READ_CHUNK = 1 << 20  # bytes read (or decompressed) at a time by read_limited
# The largest file effbench reads whole, decompressed: a samples file (tasks/samples.py) or a data set given to
# ``effbench import`` (:func:`open_data_file`).  It is held whole, and each sample or row kept, so a file's size is
# memory.  A suite's worth of samples is a few MB (the suite's 103 tasks x 6 pseudo-models: 1.3 MB; 23,480 ENAMEL
# samples of one task: 50 MB), ENAMEL's enamel.csv 193 KiB; a gzip bomb (2 GB of spaces) is refused after reading
# this much, not held whole.
MAX_READ_BYTES = 256 << 20


def read_limited(handle: io.BufferedReader, where: str, error: type[EffbenchError], hint: str = "") -> bytearray:
    """The content of the open file *handle*, decompressed if it is gzip's (told by its magic bytes, never by its
    name: a data set or a samples file may be either, whatever its name says), read as a stream and refused past
    :data:`MAX_READ_BYTES` (*error*, one line naming *where* and the limit, then *hint*).  Decompressed whole, a
    file of a few hundred KB can be gigabytes (gzip shrinks 2 GB of spaces to 2 MB), all of it held, then copied,
    before a reader could tell there was nothing in it: 4.2 GB of memory and 20 s for a samples file that said "no
    samples", 4.2 and 6.2 GB for an EvalPerf and an ENAMEL data set.  Read here, it holds at most the limit, whatever
    the file holds; a caller that decodes them holds their text too, a second copy of 1 to 4 bytes a character
    (Python stores a whole text at the width of its widest character): about twice the limit in all for ASCII, and
    up to six times with one character outside Unicode's basic plane (a 32 MiB file peaked at 64 and 192 MiB)."""
    limit = MAX_READ_BYTES  # read now: a test lowers it
    compressed = False
    try:
        compressed = handle.peek(len(GZIP_MAGIC))[:len(GZIP_MAGIC)] == GZIP_MAGIC
        stream: BinaryIO = gzip.GzipFile(fileobj=handle, mode="rb") if compressed else handle  # type: ignore[assignment]
        data = bytearray()
        while len(data) <= limit:
            chunk = stream.read(min(READ_CHUNK, limit + 1 - len(data)))
            if not chunk:
                return data  # a bytearray, not copied into bytes: it decodes as well
            data += chunk
    except (OSError, EOFError, zlib.error) as exc:
        if compressed:
            raise error(f"{where}: not a readable gzip file ({exc})") from None
        raise error(f"{where}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    raise error(f"{where}: over {limit / (1 << 20):g} MiB{' once decompressed' if compressed else ''}, the most "
                f"effbench reads of such a file{hint}")


def open_data_file(path: Path) -> BinaryIO:
    """The data set's file, read (decompressed if it is gzip's) to at most :data:`MAX_READ_BYTES`
    (:func:`read_limited`); one line if it is missing, unreadable, a broken gzip stream, past the limit or not a
    regular file.

    Opened without blocking and checked on the open file (no race with a rename): opening a FIFO for reading
    waits for a writer, for good if none comes, and a directory or device is no data set either."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise DatasetImportError(f"{path}: no such file") from None
    except OSError as exc:
        raise DatasetImportError(f"{path}: cannot read ({exc.strerror})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise DatasetImportError(f"{path}: a directory, not a data file")
        raise DatasetImportError(f"{path}: not a regular file ({FILE_KINDS.get(stat.S_IFMT(mode), 'special')})")
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as handle:
        return io.BytesIO(read_limited(handle, str(path), DatasetImportError))


# ---------------------------------------------------------------- TOML (the manifest is simple: no tomli_w needed)
def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        # a JSON string is a TOML basic string, except that TOML wants DEL escaped too
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {type(value).__name__}")


def toml_document(top: dict, tables: dict[str, dict], arrays: dict[str, list[dict]]) -> str:
    lines = [f"{k} = {toml_value(v)}" for k, v in top.items()]
    for name, table in tables.items():
        lines += ["", f"[{name}]"] + [f"{k} = {toml_value(v)}" for k, v in table.items()]
    for name, items in arrays.items():
        for item in items:
            lines += ["", f"[[{name}]]"] + [f"{k} = {toml_value(v)}" for k, v in item.items()]
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # what we write must read back
    return text


def problem_markdown(origin_id: str, origin_name: str, prompt: str) -> str:
    return (f"# {origin_id} ({origin_name})\n\nImported from {origin_name}. Complete the function below; the "
            f"docstring is the statement.\n\n```python\n{prompt.rstrip()}\n```\n")


# ---------------------------------------------------------------- rows -> folders
def collect(rows, build: Callable[[int, dict], TaskFolder]) -> tuple[list[TaskFolder], list[RowProblem]]:
    """Build a folder per (row number, row); a row whose task id repeats an earlier one is a bad row too."""
    folders: list[TaskFolder] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}  # task id -> the row that made it
    for number, row in rows:
        origin_id = row.get("task_id") if isinstance(row, dict) and isinstance(row.get("task_id"), str) else None
        try:
            if isinstance(row, RowError):  # the reader could not even make a row of it (e.g. bad JSON)
                raise row
            if not isinstance(row, dict):
                raise RowError("not an object with the data set's fields")
            folder = build(number, row)
            if folder.id in seen:
                raise RowError(f"task id {folder.id!r} repeats row {seen[folder.id]}")
        except RowError as exc:
            problems.append(RowProblem(number, origin_id, str(exc)))
            continue
        seen[folder.id] = number
        folders.append(folder)
    return folders, problems


def finish(path: Path, origin: str, folders: list[TaskFolder], problems: list[RowProblem], out: Path,
           skip_bad: bool, warn: Callable[[str], None]) -> ImportReport:
    """Fail on bad rows (unless skip_bad), else write every good folder under *out*."""
    if problems and not skip_bad:
        more = f" (and {len(problems) - 1} more bad row(s))" if len(problems) > 1 else ""
        raise DatasetImportError(f"{problems[0].describe(path)}{more}; nothing written "
                                 "(--skip-bad imports the good rows)")
    for problem in problems:
        warn(f"skipped {problem.describe(path)}")
    if not folders:
        raise DatasetImportError(f"{path}: no importable rows")
    return ImportReport(write_folders(out, origin, folders), problems)


def _imported_from(folder: Path) -> str | None:
    try:
        return tomllib.loads((folder / "task.toml").read_text()).get("origin")
    except (OSError, tomllib.TOMLDecodeError):
        return None


def write_folders(out: Path, origin: str, folders: list[TaskFolder]) -> list[Path]:
    """Write each folder whole (staged, then renamed into place).  A folder already there is replaced only if an
    earlier import from the same origin wrote it: an import never overwrites a hand-written task."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise DatasetImportError(f"{out}: exists and is not a directory")
    for folder in folders:
        dest = out / folder.id
        if dest.exists() and _imported_from(dest) != origin:
            raise DatasetImportError(f"{dest}: already exists and was not imported from {origin}; "
                                     "refusing to replace it")
    out.mkdir(parents=True, exist_ok=True)
    # an import killed mid-write (SIGKILL runs no clean-up) left its staging folder in *out*: the next one removes it
    owned_dirs.reap(STAGE_PREFIX, [out], lambda path: shutil.rmtree(path, ignore_errors=True))
    written: list[Path] = []
    try:
        stage = owned_dirs.make(STAGE_PREFIX, out)
    except OSError as exc:
        raise write_refused(out, exc) from None
    try:
        for folder in folders:
            tmp = stage / folder.id
            try:
                for rel, text in folder.files.items():
                    target = tmp / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text)
            except OSError as exc:  # a full disk: one line (exit 3), the folders already in place kept whole
                raise write_refused(out / folder.id, exc, f"; {len(written)} task folder(s) were imported before "
                                    "it, a rerun imports them all again") from None
            dest = out / folder.id
            if dest.exists():
                shutil.rmtree(dest)
            os.replace(tmp, dest)
            written.append(dest)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return written
