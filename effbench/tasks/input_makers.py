"""What makes a task's inputs besides its own files: effbench's code and the Python, for the input cache's key
(:meth:`~effbench.tasks.task.Task.inputs_hash`, which adds :func:`made_by` to the hash of the task's files).

Keyed by the task's files alone, an input made by other code was taken for one made by this code: an imported
ENAMEL task's generator.py is a call into :mod:`effbench.importers.enamel_runtime`, which runs ENAMEL's generator
with ENAMEL's helpers (:mod:`effbench.importers.enamel_datautils`); with a helper's draws changed, ``effbench run``
measured the old inputs from the cache under the task's unchanged hash, and made the hand cases (not cached)
afresh, so one run mixed the two.

* effbench's code: the modules the input process runs every generator with (:data:`INPUT_PROCESS_MODULE`, which
  calls ``generate`` and encodes what it returns) and the effbench modules the task's generator.py and cases.py
  import, each with the effbench modules it imports in turn, read from the source (``import`` statements, in
  functions too).  A package's ``__init__`` is not followed when a module inside it is imported: it runs, but it
  makes no input, and following it took in most of effbench.  An edit that cannot change an input (a docstring)
  makes the inputs again too: that costs time once, where a missed edit measured the wrong inputs.
* the Python: the inputs are made by the host's interpreter (the input process is ``sys.executable``, as is the
  child an ENAMEL task with a hash seed runs in), never the sandbox's.  Its implementation and full version
  (the ``random`` module's methods other than ``random()`` may draw differently in another version, string
  methods follow the version's Unicode data) and its string hash algorithm (a build option: an ENAMEL generator
  that iterates over a set of strings draws in hash order), with the hash seed the input process runs under
  (:mod:`effbench.hash_seed`: inputs cached while it inherited the user's, random, seed are not taken for ones
  made under the fixed seed).  Not its path: two venvs of one Python make the same
  inputs and share them.
"""
from __future__ import annotations

import ast
import functools
import hashlib
import sys
from pathlib import Path

from effbench.hash_seed import HASH_SEED

EFFBENCH_DIR = Path(__file__).resolve().parent.parent  # the effbench package: the modules named effbench.*
INPUT_PROCESS_MODULE = "effbench.tasks.input_worker"  # runs the generator and encodes its inputs
TASK_CODE = ("generator.py", "cases.py")  # the task's files that make inputs, and may import effbench's code


def made_by(task_dir: Path) -> str:
    """Hash of what makes *task_dir*'s inputs besides its files: the interpreter and effbench's code (above)."""
    digest = hashlib.sha256(interpreter().encode() + b"\0")
    names = {INPUT_PROCESS_MODULE}
    for name in TASK_CODE:
        try:
            names.update(_imports_in(task_dir / name))
        except OSError:  # not there (cases.py is optional) or not readable: the task's hash says so in one line
            continue
    for file in sorted({f for name in names for f in _closure(name)}):
        stat = file.stat()
        digest.update(_file_hash(file, stat.st_mtime_ns, stat.st_size, stat.st_ino))
    return digest.hexdigest()


@functools.lru_cache(maxsize=256)
def _file_hash(file: Path, mtime_ns: int, size: int, inode: int) -> bytes:
    """The hash of effbench's *file* as it is now (looked up by its stat: read again once it is edited)."""
    return hashlib.sha256(file.relative_to(EFFBENCH_DIR).as_posix().encode() + b"\0" + file.read_bytes()).digest()


def interpreter() -> str:
    """The interpreter that makes the inputs (this one: the input process is started with sys.executable) and its
    string-hash seed there."""
    version = ".".join(str(part) for part in sys.version_info)
    return f"{sys.implementation.name} {version} str-hash {sys.hash_info.algorithm} seed {HASH_SEED}"


def _imports_in(file: Path) -> frozenset[str]:
    """The effbench modules a task's *file* imports (only a file that names effbench is parsed)."""
    source = file.read_bytes()
    return _effbench_imports(source, "") if b"effbench" in source else frozenset()


@functools.lru_cache(maxsize=256)
def _effbench_imports(source: bytes, package: str) -> frozenset[str]:
    """The effbench modules *source* imports (a module of *package*, for its relative imports), by name.
    ``from effbench.x import y`` names ``effbench.x.y`` when that is a module, else ``effbench.x``.  Source that
    does not parse imports nothing: loading it is what reports it."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return frozenset()
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join(filter(None, [*parent, base]))
            subs = [f"{base}.{alias.name}" for alias in node.names if _file(f"{base}.{alias.name}") is not None]
            found.update(subs or [base])
    return frozenset(name for name in found if name.split(".")[0] == "effbench")


def _file(module: str) -> Path | None:
    """The source file of effbench module *module* (a package's ``__init__.py``), or None for none."""
    parts = module.split(".")
    if parts[0] != "effbench":
        return None
    where = EFFBENCH_DIR.joinpath(*parts[1:])
    for file in (where.with_suffix(".py"), where / "__init__.py"):
        if file.is_file():
            return file
    return None


@functools.cache
def _closure(module: str) -> frozenset[Path]:
    """The files of *module* and of the effbench modules it imports, in turn (effbench's code does not change
    while a process runs: the graph is read once; the files' bytes are read at each :func:`made_by`)."""
    files: set[Path] = set()
    todo = [module]
    while todo:
        file = _file(todo.pop())
        if file is None or file in files:
            continue
        files.add(file)
        name = ".".join(("effbench", *file.relative_to(EFFBENCH_DIR).with_suffix("").parts))
        package = name.removesuffix(".__init__") if file.name == "__init__.py" else name.rpartition(".")[0]
        todo += _effbench_imports(file.read_bytes(), package)
    return frozenset(files)
