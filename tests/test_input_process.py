"""A task author's generator.py and cases.py run in the input process: whatever they do (hang at one level, loop,
exit, raise KeyboardInterrupt or SystemExit, print, exhaust memory) is one line naming the file, exit 2, before
anything is measured; and the inputs they make are the bytes they made in the host.

Found from the installed wheel, as an unprivileged user with a suite of one's own (--tasks-dir): a generator that
slept or looped at one level hung ``effbench run`` without a word; ``sys.exit(0)``, ``os._exit(0)`` or
``raise SystemExit(0)`` ended it with status 0 and no output, nothing measured; ``sys.exit(3)`` with status 3 (the
code of an infrastructure failure); ``raise KeyboardInterrupt`` with 130 and "interrupted; rerun to resume"; and a
generator's prints (100 MB of them) were effbench's stdout.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.tasks import input_process
from effbench.tasks.input_process import INPUT_PROCESS, InputBudget
from effbench.tasks.input_worker import encode_args
from effbench.tasks.inputs import SEED, InputCache, derive_seed
from effbench.tasks.task import default_tasks_dir, load_suite, load_task

from .conftest import write_samples
from .hostile import EXPERT, prefix_max_variant

pytestmark = pytest.mark.sandbox  # every test here starts the input process

QUIET = "def generate(size, rng):\n    return [[rng.randint(-10**6, 10**6) for _ in range(size)]]\n"


def generator(prelude: str, at_size: int = 3000, imports: str = "") -> str:
    """The fixture's generator, doing *prelude* first at level size *at_size* only."""
    body = textwrap.indent(textwrap.dedent(prelude).strip(), "        ")
    return (f"{imports}\ndef generate(size, rng):\n    if size == {at_size}:\n{body}\n"
            "    return [[rng.randint(-10**6, 10**6) for _ in range(size)]]\n")


@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(input_process, "INPUT_BUDGET", InputBudget(cpu_s=2.0, wall_s=4.0, memory_mb=256))


@pytest.fixture
def suite(tmp_path, monkeypatch):
    """A one-task suite ("t", the prefix-max fixture, a memory budget of 32 MB), its samples, a cache of its own."""
    monkeypatch.setenv("EFFBENCH_CACHE", str(tmp_path / "cache"))
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    prefix_max_variant(tasks, "t", "exact", manifest_edit=lambda m: m.replace("memory_mb = 256", "memory_mb = 32"))
    samples = write_samples(tmp_path / "samples.jsonl", [{"task_id": "t", "model": "m", "solution": EXPERT}])
    return tasks, samples


def run(tmp_path, tasks, samples):
    """``effbench run`` on the suite: (exit code, stderr) once it is known to be one line and no run directory."""
    res = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(tasks), "--out", str(tmp_path / "out"),
                                    "--quiet", "--repeats", "1", "--k", "1"])
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr, res.stderr
    assert not (tmp_path / "out").exists()
    return res.exit_code, res.stderr


@pytest.mark.parametrize("prelude, imports, said", [
    ("time.sleep(3600)", "import time", "generate did not finish within 4 s (wall clock)"),
    ("sys.exit(0)", "import sys", "generate raised SystemExit: 0"),
    ("sys.exit(3)", "import sys", "generate raised SystemExit: 3"),
    ("raise SystemExit(0)", "", "generate raised SystemExit: 0"),
    ("raise KeyboardInterrupt", "", "generate raised KeyboardInterrupt\n"),
    ("os._exit(0)", "import os", "generate process exited with status 0"),
    ("os.kill(os.getpid(), signal.SIGKILL)", "import os, signal", "generate process killed by SIGKILL"),
    ("hog = bytearray(1 << 30)", "", "generate raised MemoryError"),
    # its text held a newline, and the error was two lines (the review)
    ("raise ValueError('first\\nsecond')", "", "generate raised ValueError: first\\nsecond\n"),
])
def test_a_generator_that_never_answers_at_one_level_is_one_line_naming_it(tmp_path, suite, small_budget, prelude,
                                                                          imports, said):
    tasks, samples = suite
    (tasks / "t" / "generator.py").write_text(generator(prelude, imports=imports))
    started = time.monotonic()
    code, err = run(tmp_path, tasks, samples)
    assert code == 2 and f"{tasks / 't' / 'generator.py'} (level 2, test 0): {said}" in err, err
    assert time.monotonic() - started < 60


def test_a_generator_that_loops_at_one_level_is_stopped_by_its_cpu_budget(tmp_path, suite, monkeypatch):
    """Wall clock enough for a loaded machine: the CPU budget is what ends a loop."""
    monkeypatch.setattr(input_process, "INPUT_BUDGET", InputBudget(cpu_s=1.0, wall_s=60.0))
    tasks, samples = suite
    (tasks / "t" / "generator.py").write_text(generator("while True:\n    pass"))
    code, err = run(tmp_path, tasks, samples)
    said = "(level 2, test 0): generate used more than 1 CPU seconds"
    assert code == 2 and f"{tasks / 't' / 'generator.py'} {said}" in err, err


@pytest.mark.parametrize("prelude, said", [
    ("import time\ntime.sleep(3600)", "cases.py did not finish within 4 s (wall clock)"),
    ("import sys\nsys.exit(0)", "SystemExit: 0"),
    ("import os\nos._exit(0)", "cases.py process exited with status 0"),
    ("raise KeyboardInterrupt", "KeyboardInterrupt\n"),
])
def test_hand_cases_that_never_load_are_one_line_naming_the_file(tmp_path, suite, small_budget, prelude, said):
    tasks, samples = suite
    cases = tasks / "t" / "cases.py"
    cases.write_text(prelude + "\n" + cases.read_text())
    code, err = run(tmp_path, tasks, samples)
    assert code == 2 and f"{cases}: {said}" in err, err


@pytest.mark.parametrize("checker_py, said", [
    ("import time\ntime.sleep(3600)\ndef check(args, output, expected):\n    return True\n",
     "checker.py did not finish within 4 s (wall clock)"),
    ("import os\nos._exit(0)\n", "checker.py process exited with status 0"),
    ("check = 3\n", "no check(args, output, expected) function"),
])
def test_a_custom_checker_that_never_loads_is_one_line_naming_it(tmp_path, small_budget, checker_py, said):
    """Found as a user: a checker.py that slept at import hung ``effbench run`` (it was loaded on the host)."""
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    prefix_max_variant(tasks, "t", "custom", checker_py)
    samples = write_samples(tmp_path / "samples.jsonl", [{"task_id": "t", "model": "m", "solution": EXPERT}])
    code, err = run(tmp_path, tasks, samples)
    assert code == 2 and f"{tasks / 't' / 'checker.py'}: {said}" in err, err


def test_the_task_codes_prints_are_not_effbenchs_output_and_change_no_input(tmp_path, suite, capfd):
    tasks, _ = suite
    task = load_task(tasks / "t")
    quiet = [i.blob for i in InputCache(enabled=False).level_inputs(task, 1, SEED)]
    (tasks / "t" / "generator.py").write_text(generator(
        "for _ in range(20000):\n    print('generator says', size)\n    print('to stderr', file=sys.stderr)",
        at_size=1000, imports="import sys"))
    cases = tasks / "t" / "cases.py"
    cases.write_text("print('cases say hello')\n" + cases.read_text())
    task = load_task(tasks / "t")
    assert [i.blob for i in InputCache(enabled=False).level_inputs(task, 1, SEED)] == quiet
    assert task.cases()
    out, err = capfd.readouterr()
    assert "says" not in out + err and "hello" not in out + err


def test_ctrl_c_while_an_input_is_made_ends_its_process_and_the_next_request_is_answered(tmp_path, suite):
    tasks, _ = suite
    (tasks / "t" / "generator.py").write_text(generator("time.sleep(3600)", imports="import time"))
    task = load_task(tasks / "t")
    timer = threading.Timer(1.0, signal.pthread_kill, (threading.main_thread().ident, signal.SIGINT))
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        InputCache(enabled=False).level_inputs(task, 2, SEED)
    timer.join()
    assert INPUT_PROCESS._proc is None  # ended, not left answering the sleeping request later
    (tasks / "t" / "generator.py").write_text(QUIET)
    blob = InputCache(enabled=False).level_inputs(task, 1, SEED)[0].blob
    seed = derive_seed(SEED, "t", 1, 0)
    assert blob == encode_args(task.generator()(1000, random.Random(seed)), "here")


def test_a_generator_that_sleeps_does_not_outlive_a_host_killed_with_sigkill(tmp_path, suite):
    tasks, _ = suite
    started = tmp_path / "started"
    (tasks / "t" / "generator.py").write_text(generator(f"open({str(started)!r}, 'w').close()\ntime.sleep(3600)",
                                                        imports="import time"))
    _kill_the_host_of_a_busy_process(
        "import sys; from pathlib import Path; from effbench.tasks.task import load_task\n"
        "from effbench.tasks.inputs import InputCache, SEED\n"
        f"InputCache(enabled=False).level_inputs(load_task(Path({str(tasks / 't')!r})), 2, SEED)\n", started)


def test_a_check_that_blocks_does_not_outlive_a_host_killed_with_sigkill(tmp_path):
    """The review: only the input process watched for its host; a custom check blocked without using CPU (its wall
    limit is the host's to enforce) outlived a host killed with SIGKILL, and its working directory stayed."""
    checker = tmp_path / "checker.py"
    started = tmp_path / "started"
    checker.write_text(f"import time\ndef check(args, output, expected):\n    open({str(started)!r}, 'w').close()\n"
                       "    time.sleep(3600)\n")
    _kill_the_host_of_a_busy_process(
        "from pathlib import Path; from effbench.tasks.checker_process import CheckerProcess, CheckBudget\n"
        f"CheckerProcess(Path({str(checker)!r}), 'c', CheckBudget(), 64)([1], 2, 2)\n", started)


def _kill_the_host_of_a_busy_process(script: str, started: Path) -> None:
    """Run *script* as a host whose task process sleeps in task code (it touches *started* first), kill the host
    with SIGKILL, and check that the process ends and its private working directory goes with it: no host is
    left to remove it (it stayed in the temporary folder)."""
    host = subprocess.Popen([sys.executable, "-c", script])
    try:
        worker = _child_of(host.pid, deadline=time.monotonic() + 30)
        workdir = _cwd_of(worker, deadline=time.monotonic() + 30)
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:  # the task code is under way
            time.sleep(0.05)
    finally:
        host.send_signal(signal.SIGKILL)
        host.wait()
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert started.exists() and not _alive(worker)
    assert workdir.name.startswith("effbench-task-") and not workdir.exists()


def test_a_command_out_of_file_descriptors_is_infrastructure_in_one_line(tmp_path, suite):
    """A command out of file descriptors (here its limit lowered, and the table filled) could not make a process's
    pipes (the sandbox's preflight, the input process): the OSError was a traceback.  Neither the task's nor the
    sample's doing: one line, exit 3."""
    tasks, samples = suite
    script = ("import os, resource, sys\nresource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))\nheld = []\n"
              "try:\n    while True:\n        held.append(os.open(os.devnull, os.O_RDONLY))\nexcept OSError:\n"
              "    os.close(held.pop())\n"  # one free: the command opens its files, then runs out making the pipes
              "from effbench.cli.main import main\nmain()\n")
    done = subprocess.run([sys.executable, "-c", script, "run", str(samples), "--tasks-dir", str(tasks), "--out",
                           str(tmp_path / "out"), "--quiet"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert done.stderr == ("effbench: error: this machine refused effbench a resource (Too many open files); "
                           "finished measurements are kept (rerun the same command to resume)\n")


def _cwd_of(pid: int, deadline: float) -> Path:
    """The process's working directory once it is its own (between fork and exec it is still the host's)."""
    while True:
        cwd = Path(os.readlink(f"/proc/{pid}/cwd"))
        if cwd.name.startswith("effbench-task-") or time.monotonic() > deadline:
            return cwd
        time.sleep(0.05)


def _child_of(pid: int, deadline: float) -> int:
    while time.monotonic() < deadline:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise AssertionError("the host started no input process")


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


HOST_MADE = """
import hashlib, json, random, sys
from pathlib import Path
import effbench.cli.main  # what the host of ``effbench run`` has loaded when it makes inputs
from effbench.tasks.input_worker import encode_args, intern_singletons, takes_index
intern_singletons()
from effbench.tasks.inputs import SEED, derive_seed
from effbench.tasks.task import default_tasks_dir, load_suite
made = {}
for task in load_suite(default_tasks_dir()):
    gen, sha = task.generator(), lambda blob: hashlib.sha256(blob).hexdigest()
    made[task.id] = [sha(encode_args(case["args"], "")) for case in task.module("cases").CASES]
    for level in (0, 1):
        for index in range(task.levels.tests[level]):
            rng = random.Random(derive_seed(SEED, task.id, level, index))
            extra = {"index": index} if takes_index(gen) else {}
            made[task.id].append(sha(encode_args(gen(task.levels.sizes[level], rng, **extra), "")))
json.dump(made, sys.stdout)
"""


def test_the_suites_inputs_are_the_bytes_the_host_made():
    """Instruction counts stay bit-identical only if the inputs do: each task's hand cases and its first two levels,
    made in the input process, are the bytes the same calls make in the host of ``effbench run`` once the strings
    that are one object per process are interned (``marshal`` marks interned strings: see the next test)."""
    done = subprocess.run([sys.executable, "-c", HOST_MADE], capture_output=True, text=True, check=True)
    host = json.loads(done.stdout)
    cache = InputCache(enabled=False)
    for task in load_suite(default_tasks_dir()):
        here = [i.blob for i in cache.case_inputs(task)]
        here += [i.blob for level in (0, 1) for i in cache.level_inputs(task, level, SEED)]
        assert [hashlib.sha256(blob).hexdigest() for blob in here] == host[task.id], task.id
        assert repr(task.cases()) == repr(task.module("cases").CASES), task.id


MAKE_ONE = """
import sys
from pathlib import Path
if sys.argv[2] == "cli":
    import effbench.cli.main
elif sys.argv[2] == "named":
    exec(compile("nine = '9'", "<other task's code>", "exec"))
from effbench.tasks.inputs import SEED, InputCache
from effbench.tasks.task import load_task
sys.stdout.write(InputCache(enabled=False).level_inputs(load_task(Path(sys.argv[1])), 1, SEED)[0].blob.hex())
"""


def test_an_inputs_bytes_do_not_depend_on_the_code_that_ran_before_it(tmp_path, suite):
    """An input holding the string "9": a one-character string is one object per process, which ``marshal`` marks
    as interned once any code loaded there has named it.  In the host, its bytes (and their unmarshalling's
    instruction count) differed between a bare interpreter, ``effbench run``'s (which has loaded click), and one
    where another task's code named "9" first; now they are one."""
    tasks, _ = suite
    (tasks / "t" / "generator.py").write_text("def generate(size, rng):\n    return [chr(57), chr(233), '', 'ab']\n")
    made = {how: subprocess.run([sys.executable, "-c", MAKE_ONE, str(tasks / "t"), how], capture_output=True,
                                text=True, check=True).stdout for how in ("bare", "cli", "named")}
    assert made["bare"] == made["cli"] == made["named"], made


def test_one_process_makes_a_commands_inputs(tmp_path, suite):
    """Started once, not per input or per task (a warm cache asks for none at all)."""
    tasks, _ = suite
    INPUT_PROCESS.close()
    task = load_task(tasks / "t")
    cache = InputCache(enabled=False)
    for level in range(len(task.levels)):
        cache.level_inputs(task, level, SEED)
    first = INPUT_PROCESS._proc
    assert first is not None and first.poll() is None
    cache.level_inputs(task, 3, SEED)
    assert INPUT_PROCESS._proc is first
