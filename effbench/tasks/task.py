"""The task model: load a task folder (see tasks/FORMAT.md) into a typed, validated :class:`Task`.

Loading checks the manifest's shape (``effbench/schemas/task.schema.json``, :mod:`effbench.tasks.manifest`) and the
rules across its fields, and fails with a :class:`TaskError` naming the file and the field, so a broken task is
reported before anything runs.  Generators, hand cases and checkers are task-author code; they are loaded on
the host only when asked for (input generation, checking), never by merely listing the suite.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import ModuleType

from effbench.errors import TaskError
from effbench.files import is_temporary
from effbench.sandbox.host_paths import keep_out
from effbench.tables import code_point, unshowable
from effbench.tasks.modules import (check_reference_code, checker_function, generator_function, load_module,
                                    read_task_file)
from effbench.tasks.input_makers import made_by
from effbench.tasks.manifest import check_manifest, default


@dataclass(frozen=True)
class Reference:
    name: str
    file: str
    complexity: str
    expert: bool
    code: str


@dataclass(frozen=True)
class Levels:
    sizes: tuple[int, ...]
    tests: tuple[int, ...]
    hardness: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.sizes)


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    category: str
    difficulty: str
    entry_point: str
    signature: str
    checker: str
    float_rel_tol: float
    float_abs_tol: float
    memory_mb: int
    levels: Levels
    references: tuple[Reference, ...]
    path: Path
    problem: str
    # Imported tasks (effbench import enamel|evalperf): where they come from, the origin's own identity and
    # parameters ([origin_params]), and the origin's prompt (prompt.py), which EvalPlus completions extend.
    origin: str | None = None
    origin_params: dict = field(default_factory=dict, hash=False, compare=False)
    origin_prompt: str = ""
    # The DPE solution pool (pool/*.py, name = file stem): more correct solutions of varied efficiency, beside the
    # references, that ``effbench tiers build`` splits into EvalPerf's tiers.
    pool: tuple[tuple[str, str], ...] = field(default=(), hash=False, compare=False)
    # [complexity_variables]: how the variables of the references' complexity grow with the generator's size
    # (effbench.scoring.declared reads the declarations so when a sweep's classes are compared with them).
    complexity_variables: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def expert(self) -> Reference:
        return next(r for r in self.references if r.expert)

    def reference(self, name: str) -> Reference:
        for ref in self.references:
            if ref.name == name:
                return ref
        raise TaskError(f"{self.path}: no reference named {name!r}")

    @property
    def prompt(self) -> str:
        """What an EvalPlus-style ``completion`` is appended to: the origin's prompt for an imported task (so its
        samples mean what they meant there), else the signature and the statement as a docstring."""
        if self.origin_prompt:
            return self.origin_prompt
        doc = self.problem.strip().replace('"""', "'''")
        body = "\n".join(("    " + line) if line else "" for line in doc.splitlines())
        return f'{self.signature}:\n    """\n{body}\n    """\n'

    def module(self, name: str) -> ModuleType:
        return load_module(self.path / f"{name}.py", self.module_name(name))

    def module_name(self, name: str) -> str:
        """The name its *name*.py is loaded under (the same on the host and in the checker process)."""
        return f"effbench_task_{self.id.replace('-', '_')}_{name}"

    def cases(self) -> list[dict]:
        """CASES of cases.py, made in the input process (:mod:`effbench.tasks.input_process`: task-author code,
        bounded there), once per command."""
        return _cases(self.path / "cases.py", self.module_name("cases"), self.memory_mb, self.inputs_hash())[0]

    def case_blobs(self) -> list[bytes]:
        """Each hand case's argument list in marshal bytes, as it travels to the sandbox."""
        return _cases(self.path / "cases.py", self.module_name("cases"), self.memory_mb, self.inputs_hash())[1]

    def inputs_hash(self) -> str:
        """Hash of what makes the task's inputs, which keys the input cache: its files -- all :meth:`content_hash`
        covers but the manifest (its sizes and id are in the key), the solutions (references, pool) and the tier
        file (``tiers build`` writes it), which are edited while a task is tuned and cannot make an input: keyed
        by them, each edit made the inputs again (up to 18.8 s a task).  Keyed by generator.py alone, an edited
        data file (or module) it reads left a run measured on the old inputs under the task's new content hash --
        and effbench's code and the Python that run the generator (:mod:`.input_makers`)."""
        read_task_file(self.path / "generator.py")  # none: one TaskError line, not an OSError from the cache
        measured = {PurePosixPath(r.file).as_posix() for r in self.references} | {f"{p}.py" for p, _ in self.pool}
        files = hash_tree(self.path, lambda rel: rel in measured or rel in ("task.toml", DPE_TIERS_FILE))
        return hashlib.sha256(f"{files}:{made_by(self.path)}".encode()).hexdigest()

    def generator(self):
        """``generate`` itself, loaded here (for a look at what it makes; the inputs of a command are made in the
        input process, :mod:`effbench.tasks.input_process`)."""
        return generator_function(self.path / "generator.py", self.module_name("generator"))

    def custom_check(self):
        return checker_function(self.path / "checker.py", self.module_name("checker"))

    def content_hash(self) -> str:
        return hash_tree(self.path)


@functools.cache
def _cases(path: Path, module_name: str, memory_mb: int, made_from: str) -> tuple[list[dict], list[bytes]]:
    """Per *made_from* (the task's inputs hash): a task loaded again after an edit (the Python API) gets new cases."""
    from effbench.tasks.input_process import INPUT_PROCESS  # the process's module: not for merely listing the suite
    return INPUT_PROCESS.cases(path, module_name, memory_mb, made_from)


DPE_TIERS_FILE = "tiers.json"  # a task's DPE tier file (effbench/tasks/dpe_tier_file.py)
MAX_TASK_FILES = 10_000  # a task folder is a few files; more means a link to a big tree (``data -> /``)


def hash_tree(path: Path, leave_out: Callable[[str], bool] = lambda rel: False) -> str:
    """Content hash of a folder (file names and bytes), ignoring caches and the files whose path relative to it
    (``solutions/loop.py``) *leave_out* is true of.  A linked folder inside it (``solutions``
    shared by two tasks) is hashed as the files it shows: ``rglob`` does not go into one, so an expert edited there
    left the hash as it was, and a run resumed on, or a leaderboard merged, the task's old measurements.  Whatever
    the folder holds is the author's: a file that cannot be read is one TaskError line naming it."""
    digest = hashlib.sha256()
    for file in sorted(_files(path)):
        rel = file.relative_to(path).as_posix()
        if leave_out(rel):
            continue
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise TaskError(f"{file}: cannot be read for the task's content hash ({exc.strerror})") from None
        digest.update(rel.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()


def _files(path: Path) -> list[Path]:
    """The files under *path*, through linked folders, each real folder once, without ``__pycache__``, a hidden
    file or folder (:func:`is_hidden`) or a temporary file of effbench's own (:func:`effbench.files.is_temporary`:
    a tiers.json write cut short).  Walked in
    name order, so that a real folder shown by two links is hashed under the same one on every machine (os.walk
    lists a folder in the file system's order).  A link to a folder that holds the task (``..``, ``/``, ``~`` above
    it) would take in a whole tree: refused, as is a folder of more than MAX_TASK_FILES files."""
    top_real = os.path.realpath(path)
    seen: set[str] = set()
    found: list[Path] = []
    for top, dirs, files in os.walk(path, followlinks=True):
        real = os.path.realpath(top)
        if top_real.startswith(real.rstrip("/") + "/"):
            raise TaskError(f"{top}: a link to a folder that holds the task (it would take in all of it)")
        if real in seen:  # a second link to a folder already hashed (a folder in a folder is seen first)
            dirs.clear()
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not is_hidden(d))
        found += [Path(top, f) for f in files
                  if Path(top, f).is_file() and not is_hidden(f)
                  and not (top == str(path) and is_temporary(f, of=DPE_TIERS_FILE))]
        if len(found) > MAX_TASK_FILES:
            raise TaskError(f"{path}: more than {MAX_TASK_FILES} files (a link to a large folder?)")
    return found


def is_hidden(name: str) -> bool:
    """Whether a file or folder named *name* is hidden, and so no part of a task: neither its content hash nor its
    pool.  What puts such files in a task folder is the author's machine, not the author: macOS's Finder
    (``.DS_Store``, ``._*`` on other file systems), an open editor (vim's ``.task.toml.swp``), version control.
    Counted, a task copied to a Mac or opened in an editor changed its identity, so a run of it refused to resume
    and leaderboards refused to merge it; and the wheel's package data (``*.py``, ``*.toml``...) never ships them."""
    return name.startswith(".")


def default_signature(entry: str) -> str:
    """The signature of a task whose manifest states none (it is optional): any arguments."""
    return f"def {entry}(*args)"


def load_task(path: Path) -> Task:
    """The task in folder *path*: its manifest checked (:func:`effbench.tasks.manifest.check_manifest`, then the
    rules across fields here), every failure one TaskError line naming the file and the field."""
    path = Path(path)
    keep_out(path)  # every expert's code: never in a sandbox's reach (effbench.sandbox.host_paths)
    where = path / "task.toml"
    try:
        manifest = tomllib.loads(where.read_bytes().decode("utf-8-sig"))  # an editor's byte-order mark is no TOML
    except FileNotFoundError:
        raise TaskError(f"{where}: missing (not a task folder)") from None
    except UnicodeDecodeError as exc:
        raise TaskError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise TaskError(f"{where}: invalid TOML: {exc}") from None
    check_manifest(manifest, where)
    _check_shown(manifest, where)
    task_id, entry = manifest["id"], manifest["entry_point"]
    if task_id != path.name:
        raise TaskError(f"{where}: id {task_id!r} must equal the folder name and use [a-z0-9-]")
    if not entry.isidentifier():
        raise TaskError(f"{where}: entry_point {entry!r} is not an identifier")
    checker = manifest.get("checker", default("checker"))
    if checker != "custom" and (path / "checker.py").is_file():  # else the author's check is silently not used
        raise TaskError(f"{where}: checker.py is there but checker = {checker!r} does not use it: set checker = "
                        '"custom" (or remove checker.py)')

    def get(key: str):
        return manifest.get(key, default(key))

    return Task(
        id=task_id,
        title=manifest["title"],
        category=get("category"),
        difficulty=get("difficulty"),
        entry_point=entry,
        signature=manifest.get("signature", default_signature(entry)),
        checker=checker,
        float_rel_tol=float(get("float_rel_tol")),
        float_abs_tol=float(get("float_abs_tol")),
        memory_mb=get("memory_mb"),
        levels=_load_levels(manifest["levels"], where),
        references=_load_references(manifest["references"], path, where, entry),
        path=path,
        problem=_read_text(path / "problem.md", required=True),
        origin=manifest.get("origin"),
        origin_params=dict(get("origin_params")),
        origin_prompt=_read_text(path / "prompt.py"),
        pool=tuple((f"pool/{f.stem}", _read_text(f))
                   for f in sorted((path / "pool").glob("*.py")) if not is_hidden(f.name)),
        complexity_variables=_load_complexity_variables(get("complexity_variables"), where),
    )


def _read_text(file: Path, required: bool = False) -> str:
    """A text file of the task, as UTF-8 whatever the locale (tasks/FORMAT.md: files are UTF-8, a byte-order mark
    ignored), or one TaskError line naming it.  Read with the locale's encoding, a statement with an accent was a
    UnicodeDecodeError traceback under an ASCII locale and another text under a Latin-1 one.  *required*: the
    format lists it without "optional" (problem.md: the statement a model is prompted with)."""
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        if not required:
            return ""
        raise TaskError(f"{file}: missing (every task has one: see tasks/FORMAT.md)") from None
    except UnicodeDecodeError as exc:
        raise TaskError(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except (OSError, ValueError) as exc:  # a folder, unreadable
        raise TaskError(f"{file}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None


def _check_shown(manifest: dict, where: Path) -> None:
    """The manifest's text that is shown as it is (``tasks show`` and ``list``, the catalogue's Markdown table, the
    reports, every line that names a reference) holds only characters that show as themselves
    (:func:`effbench.tables.unshowable`): a newline split the line or the table's row, an escape sequence restyled
    the terminal, a right-to-left override reversed what followed.  Refused on load, where the other fields are."""
    shown = [("title", manifest["title"]), ("category", manifest.get("category", ""))]
    for i, ref in enumerate(manifest["references"]):
        shown += [(f"references[{i}].name", ref["name"]), (f"references[{i}].complexity", ref.get("complexity", ""))]
    for name, text in shown:
        bad = unshowable(text)
        if bad is not None:
            raise TaskError(f"{where}: field {name!r} holds {code_point(bad)}, which tables and reports cannot show")


def _load_complexity_variables(raw: dict, where: Path) -> dict:
    """The table as written, once each growth is known to read as one (a misspelt growth would otherwise only
    show as a wrong declared class in an accuracy report).  Imported here: the scoring package's import pulls in
    numpy and every scorer, which merely listing the suite should not pay for."""
    from effbench.scoring.declared import DeclarationError, variable_growths
    try:
        variable_growths(raw)
    except DeclarationError as exc:
        raise TaskError(f"{where}: {exc}") from None
    return dict(raw)


def _load_levels(raw: dict, where: Path) -> Levels:
    """The levels' rules across the three lists (each list's own shape is the schema's)."""
    sizes = raw["sizes"]
    tests = raw.get("tests", default("levels", "tests"))
    hardness = raw.get("hardness", default("levels", "hardness"))
    if not len(sizes) == len(tests) == len(hardness):
        raise TaskError(f"{where}: levels.sizes, tests and hardness must have the same length")
    # A level is no smaller than the one before: a sample over its limit at a level keeps its pass there and is
    # compared at the lower ones, which reads a level as at least as hard as those below it (equal sizes are
    # fine: EvalPerf's one input is level 0 and level 1).
    for level, (low, high) in enumerate(zip(sizes, sizes[1:]), start=1):
        if high < low:
            raise TaskError(f"{where}: levels.sizes must not decrease: level {level}'s size {high} is below level "
                            f"{level - 1}'s {low}")
    if hardness[0] != 0 or sum(hardness) <= 0:
        raise TaskError(f"{where}: level 0 checks correctness only (hardness 0) and some level must have hardness > 0")
    if any(h > 0 and t == 0 for h, t in zip(hardness, tests)):
        raise TaskError(f"{where}: a level with hardness > 0 needs at least one test")
    return Levels(tuple(sizes), tuple(tests), tuple(float(h) for h in hardness))


def _load_references(raw: list, path: Path, where: Path, entry_point: str) -> tuple[Reference, ...]:
    """The references' files, read (the schema checked their fields and that exactly one is the expert)."""
    refs = []
    for i, item in enumerate(raw):
        file = PurePosixPath(item["file"])
        if file.is_absolute() or ".." in file.parts:  # the task's hash and the runners see the folder alone
            raise TaskError(f"{where}: references[{i}] file {item['file']!r} must be a relative path inside the "
                            "task folder")
        try:  # a byte-order mark is no part of the code, as for Python (the sandbox compiles the text)
            code = (path / item["file"]).read_text(encoding="utf-8-sig")
        except (OSError, ValueError) as exc:  # missing, a folder, unreadable, not UTF-8, a NUL in the name
            why = "not found" if isinstance(exc, FileNotFoundError) else f"cannot be read ({exc})"
            raise TaskError(f"{where}: references[{i}] file {item['file']!r} {why}") from None
        check_reference_code(code, path / item["file"], entry_point)
        refs.append(Reference(item["name"], item["file"], item.get("complexity", "?"), item.get("expert", False),
                              code))
    if len({r.name for r in refs}) != len(refs):
        raise TaskError(f"{where}: reference names must be unique")
    return tuple(refs)


def default_tasks_dir() -> Path:
    """The built-in suite: the checkout's tasks/ when effbench runs from its source tree, else the copy installed
    with the package (``effbench_tasks``, package data of the wheel), so that the suite is the default wherever
    effbench runs.  ``--tasks-dir`` replaces it (a run measures one suite, identified by its hash)."""
    here = Path(__file__).resolve().parents[2] / "tasks"
    if (here / "FORMAT.md").is_file():
        return here
    spec = importlib.util.find_spec("effbench_tasks")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    raise TaskError("the built-in task suite is not installed (reinstall effbench), or pass --tasks-dir")


# What a folder holds that makes it a task folder whose task.toml is missing (misnamed: Task.toml, task.tml), not
# a folder of something else beside the tasks (runs/, notes/): silently skipped, its task was unknown to a run.
# Two of them: one alone is a helper folder's (a shared generator.py or solutions that tasks link to).
TASK_FILES = ("generator.py", "cases.py", "solutions")


def discover(tasks_dir: Path) -> list[Path]:
    tasks_dir = Path(tasks_dir)
    keep_out(tasks_dir)
    if not tasks_dir.is_dir():
        raise TaskError(f"{tasks_dir}: task directory not found" if not tasks_dir.exists() else
                        f"{tasks_dir}: not a folder (--tasks-dir takes the folder that holds the task folders)")
    if (tasks_dir / "task.toml").is_file():
        raise TaskError(f"{tasks_dir}: is a task folder; --tasks-dir takes the folder that holds the task folders "
                        f"(here {tasks_dir.resolve().parent})")
    found = []
    for sub in sorted(p for p in tasks_dir.iterdir() if p.is_dir()):
        if (sub / "task.toml").is_file():
            found.append(sub)
        elif len(have := [name for name in TASK_FILES if (sub / name).exists()]) >= 2:  # one: a helper folder's
            raise TaskError(f"{sub / 'task.toml'}: missing, beside the {', '.join(have)} of a task")
    if not found:  # a wrong --tasks-dir would otherwise surface as every sample's task being unknown
        raise TaskError(f"{tasks_dir}: no tasks (a task is a folder holding a task.toml)")
    return found


def unknown_ids(wanted, known) -> str | None:
    """The ids of *wanted* that *known* lacks, each once, in the order given, for the tail of a message; None when
    every one is known.  An id that would not show as itself (``""`` from ``tasks show ""``, a space, a control
    character) is shown quoted: the message said "unknown task id(s)" and nothing after it."""
    unknown = [i for i in dict.fromkeys(wanted) if i not in known]
    return ", ".join(i if i.isprintable() and i.strip() == i and i else repr(i) for i in unknown) or None


def load_suite(tasks_dir: Path, ids: list[str] | None = None) -> list[Task]:
    """Load the tasks of a suite (all, or the given ids, which must exist; one named twice is loaded once)."""
    paths = {p.name: p for p in discover(tasks_dir)}
    if ids:
        if unknown := unknown_ids(ids, paths):
            raise TaskError(f"{tasks_dir}: unknown task id(s) {unknown}")
        return [load_task(paths[i]) for i in dict.fromkeys(ids)]
    return [load_task(p) for p in paths.values()]


def suite_hash(tasks: list[Task]) -> str:
    digest = hashlib.sha256()
    for task in sorted(tasks, key=lambda t: t.id):
        digest.update(f"{task.id}:{task.content_hash()}\n".encode())
    return digest.hexdigest()[:16]
