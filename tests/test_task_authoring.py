"""What task authors get wrong, found by writing a suite of one's own from the installed wheel (tasks/FORMAT.md
only): each is one line naming the file and what is wrong, exit 2, before anything is measured -- or, for what only
running can show, one ``FAIL`` line of ``tasks validate``.  Files and the CLI through click's CliRunner; the tests
that make inputs or run references start the real input process and sandbox (marked ``sandbox``)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from effbench.errors import TaskError
from effbench.tasks.task import load_task

from .conftest import write_samples
from .hostile import ARITHMETIC_CHECKER, EXPERT, SHOUT, SHOUT_SHOWN, assert_inert, prefix_max_variant
from . import test_bad_input
from .test_bad_input import invoke, one_line, run_args

suite = test_bad_input.suite  # the one-task suite fixture, shared


def edit(folder, name, old, new):
    path = folder / name
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new))


# ---------------------------------------------------------------- on load: files only
@pytest.mark.parametrize("old, new, message", [
    # a level smaller than the one before it (the scores read a level as at least as hard as those below)
    ("sizes = [5, 1000, 3000, 8000]", "sizes = [5, 3000, 1000, 8000]",
     "levels.sizes must not decrease: level 2's size 1000 is below level 1's 3000"),
    # 10^8 tests: every one an input made before measuring; the run hung without a word
    ("tests = [3, 2, 2, 2]", "tests = [3, 2, 2, 100000000]", "levels.tests must be a non-empty list of non-negative "
                                                              "integers, at most 1000 each"),
])
def test_levels_out_of_order_or_past_reason_are_refused_on_load(tmp_path, suite, old, new, message):
    tasks, samples = suite
    edit(tasks / "t", "task.toml", old, new)
    with pytest.raises(TaskError, match=re.escape("task.toml: " + message)):
        load_task(tasks / "t")
    assert message in one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert not (tmp_path / "out").exists()


def test_levels_of_one_size_are_fine(suite):
    """EvalPerf's import puts its one input at level 0 and level 1: equal sizes are not out of order."""
    tasks, _ = suite
    edit(tasks / "t", "task.toml", "sizes = [5, 1000, 3000, 8000]", "sizes = [5, 1000, 1000, 8000]")
    assert load_task(tasks / "t").levels.sizes == (5, 1000, 1000, 8000)


@pytest.mark.parametrize("file, code, message", [
    # the expert compiled only in the sandbox: the run measured the other tasks and then exited 3 (infrastructure)
    ("loop.py", "def prefix_max(nums)\n    return nums\n", "loop.py: does not compile (line 1): SyntaxError: "),
    ("accumulate.py", "def prefix_max(nums):\n  return nums\n    x = 1\n", "accumulate.py: does not compile (line 3)"),
    ("loop.py", "def prefix_max(nums):\n    return '\0'\n", "loop.py: does not compile"),
    # renamed: 'KeyError: prefix_max in exec' from the sandbox, exit 3
    ("loop.py", "def prefix_maximum(nums):\n    return nums\n", "loop.py: defines no prefix_max (the task's "
                                                                  "entry_point)"),
])
def test_a_reference_that_does_not_compile_or_define_the_entry_point_is_one_line_on_load(tmp_path, suite, file,
                                                                                          code, message):
    tasks, samples = suite
    (tasks / "t" / "solutions" / file).write_text(code)
    with pytest.raises(TaskError, match=re.escape(message)):
        load_task(tasks / "t")
    err = one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert f"{tasks / 't' / 'solutions' / file}: " in err and message in err
    assert not (tmp_path / "out").exists()
    assert message in one_line(invoke("tasks", "list", "--tasks-dir", tasks))


def test_a_reference_defined_by_import_or_assignment_loads(suite):
    tasks, _ = suite
    (tasks / "t" / "solutions" / "accumulate.py").write_text(
        "from itertools import accumulate\n\n\ndef _impl(nums):\n    return list(accumulate(nums, max))\n\n\n"
        "prefix_max = _impl\n")
    assert "prefix_max = _impl" in load_task(tasks / "t").reference("accumulate").code


def test_a_byte_order_mark_is_read_as_python_and_toml_read_it(suite):
    """Editors that write a byte-order mark: Python reads such a source file, tomllib does not, and the sandbox
    compiled the text with the mark in it (``invalid non-printable character U+FEFF``: the task unscorable, exit
    3); the manifest was 'Invalid statement (at line 1, column 1)', with nothing to see there."""
    tasks, _ = suite
    for name in ("task.toml", "solutions/loop.py"):
        path = tasks / "t" / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    task = load_task(tasks / "t")
    assert task.id == "t" and task.expert.code == EXPERT


def checkout_env() -> dict:
    """The environment, with this checkout first on the path of a ``python3`` started from it."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]),
                                                                      os.environ.get("PYTHONPATH")]))}


STATEMENT = "Return the running maximum \u2014 na\u00efve or not: max(3, 5) \u2192 5.\n"


@pytest.mark.sandbox
def test_a_tasks_text_files_are_read_as_utf8_whatever_the_locale(suite):
    """Found as a user: problem.md and prompt.py were read with the locale's encoding, so a statement with an
    accent was a UnicodeDecodeError traceback under an ASCII locale (and other text under a Latin-1 one).  The
    locale here is the C locale with Python's UTF-8 mode off (PYTHONUTF8=0), as a minimal container has it."""
    tasks, _ = suite
    (tasks / "t" / "problem.md").write_text(STATEMENT, encoding="utf-8")
    (tasks / "t" / "prompt.py").write_bytes(b"\xef\xbb\xbf" + "# caf\u00e9\ndef prefix_max(nums):\n".encode())
    env = {k: v for k, v in checkout_env().items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING"))}
    script = ("import locale, sys\nfrom effbench.tasks.task import load_task\nt = load_task(sys.argv[1])\n"
              "print(locale.getpreferredencoding(False), ascii(t.problem), ascii(t.origin_prompt), sep='\\n')")
    res = subprocess.run([sys.executable, "-c", script, str(tasks / "t")], capture_output=True, text=True,
                         env={**env, "LC_ALL": "C", "PYTHONUTF8": "0"}, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    encoding, problem, prompt = res.stdout.splitlines()
    assert encoding != "UTF-8"  # the locale is not UTF-8: the test would show nothing otherwise
    assert (problem, prompt) == (ascii(STATEMENT), ascii("# caf\u00e9\ndef prefix_max(nums):\n"))


@pytest.mark.parametrize("content, message", [
    (b"Return the running maximum \xe9.\n", "problem.md: not UTF-8 text (invalid continuation byte at byte 27)"),
    (None, "problem.md: missing (every task has one: see tasks/FORMAT.md)"),
], ids=["latin-1", "missing"])
def test_a_problem_statement_not_utf8_or_missing_is_one_line_on_load(tmp_path, suite, content, message):
    """A problem.md in Latin-1 was a UnicodeDecodeError traceback; none at all was taken as an empty statement
    (tasks/FORMAT.md lists it as every task's, and a model is prompted with it)."""
    tasks, samples = suite
    problem = tasks / "t" / "problem.md"
    problem.unlink()
    if content is not None:
        problem.write_bytes(content)
    with pytest.raises(TaskError, match=re.escape(f"{problem}: {message.split(': ', 1)[1]}")):
        load_task(tasks / "t")
    assert one_line(invoke(*run_args(tmp_path, tasks, samples))) == f"effbench: error: {tasks}/t/{message}\n"


def test_a_control_character_in_the_title_is_one_line_before_anything_is_shown_or_measured(tmp_path, suite):
    """Found as a user: ``title = "Running\\u001b[31m max\\nimum"`` reached the terminal as it was (``tasks show``
    printed two lines and restyled the terminal; the catalogue's table row was cut in two)."""
    tasks, samples = suite
    edit(tasks / "t", "task.toml", 'title = "Running maximum (test fixture)"',
         'title = "Running\\u001b[31m max\\nimum"')
    message = f"effbench: error: {tasks / 't' / 'task.toml'}: field 'title' holds U+001B (a control character), " \
              "which tables and reports cannot show\n"
    assert one_line(invoke("tasks", "show", "t", "--tasks-dir", tasks)) == message
    assert one_line(invoke(*run_args(tmp_path, tasks, samples))) == message
    assert not (tmp_path / "out").exists()


def test_a_checker_py_that_the_manifest_does_not_use_is_refused(tmp_path, suite):
    """checker.py beside checker = "exact" (the default): the author's check was silently not used."""
    tasks, samples = suite
    (tasks / "t" / "checker.py").write_text("def check(args, output, expected):\n    return True\n")
    message = 'checker.py is there but checker = \'exact\' does not use it: set checker = "custom"'
    with pytest.raises(TaskError, match=re.escape("task.toml: " + message)):
        load_task(tasks / "t")
    assert message in one_line(invoke(*run_args(tmp_path, tasks, samples)))


# ---------------------------------------------------------------- made in the input process
@pytest.mark.sandbox
def test_a_misspelt_key_in_a_hand_case_is_one_line(tmp_path, suite):
    """``"expect"`` for ``"expected"``: the case was checked against the expert's own output, silently."""
    tasks, samples = suite
    edit(tasks / "t", "cases.py", '"expected": [3]', '"expect": [4]')
    err = one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert "cases.py case 1: unknown key 'expect' (a case holds 'args' and, optionally, 'expected')" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.sandbox
def test_a_check_that_takes_other_parameters_is_one_line_before_measuring(tmp_path):
    """``check(output, expected)``: it raised TypeError on the expert's first output, and the run exited 3."""
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    prefix_max_variant(tasks, "t", "custom", "def check(output, expected):\n    return output == expected\n")
    samples = write_samples(tmp_path / "samples.jsonl", [{"task_id": "t", "model": "m", "solution": EXPERT}])
    err = one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert "checker.py: check must take (args, output, expected): too many positional arguments" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.sandbox
def test_checking_a_task_writes_no_bytecode_into_its_folder(tmp_path):
    """Found as a user: the input process imported generator.py, cases.py and checker.py, and Python cached their
    bytecode in a ``__pycache__`` of the author's task folder (a repository's, perhaps not theirs to write).  Run as
    a user runs it, as a subprocess with Python's default of writing bytecode (PYTHONDONTWRITEBYTECODE unset)."""
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    prefix_max_variant(tasks, "t", "custom", ARITHMETIC_CHECKER)
    env = {k: v for k, v in checkout_env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    res = subprocess.run([sys.executable, "-m", "effbench", "tasks", "validate", "t", "--fast", "--tasks-dir",
                          str(tasks)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert res.returncode == 0, (res.stdout + res.stderr)[-3000:]
    assert not list(tasks.rglob("__pycache__")), sorted(tasks.rglob("*"))


# ---------------------------------------------------------------- tasks validate: one FAIL line that says why
def validate(tasks):
    res = invoke("tasks", "validate", "t", "--fast", "--tasks-dir", tasks)
    return res.exit_code, res.output


@pytest.mark.sandbox
def test_a_reference_that_raises_is_one_fail_line(suite):
    """The sandbox's detail goes on with the traceback: the FAIL line was five lines long."""
    tasks, _ = suite
    (tasks / "t" / "solutions" / "accumulate.py").write_text(
        "def prefix_max(nums):\n    if len(nums) > 100:\n        raise ValueError('boom')\n    return "
        "[max(nums[:i + 1]) for i in range(len(nums))]\n")
    code, out = validate(tasks)
    assert code == 1
    fail = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert fail == ["FAIL  t: tier accumulate error at level 1 test 0: ValueError: boom in call"], out
    assert "Traceback" not in out


@pytest.mark.sandbox
def test_what_a_reference_raised_is_printed_as_its_escapes(suite):
    """A task's references are its author's (or an imported data set's) code: the FAIL line quoted what one
    raised as it was, and a lone surrogate in it ended `tasks validate` in a UnicodeEncodeError traceback."""
    tasks, _ = suite
    raising = f"def prefix_max(nums):\n    raise ValueError({SHOUT!r})\n"
    (tasks / "t" / "solutions" / "accumulate.py").write_text(raising)
    code, out = validate(tasks)
    assert code == 1, out
    assert_inert(out)
    assert f"FAIL  t: tier accumulate error on hand cases: ValueError: {SHOUT_SHOWN} in call\n" in out, out


@pytest.mark.sandbox
def test_a_checker_that_accepts_several_right_answers_validates(tmp_path):
    """Any index that splits the list into two halves of one sum is right: the perturbed answer (the index after
    the expert's) is right too on some inputs, and one message said 'does not accept the expert's output or
    accepts a perturbed one' of a checker that is right."""
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    folder = prefix_max_variant(tasks, "t", "custom", (
        "def check(args, output, expected):\n"
        "    nums = args[0]\n"
        "    if output == -1 or type(output) is not int or not 0 <= output <= len(nums):\n"
        "        return output == expected == -1\n"
        "    return 2 * sum(nums[:output]) == sum(nums)\n"))
    edit(folder, "task.toml", 'entry_point = "prefix_max"', 'entry_point = "split"')
    edit(folder, "task.toml", "def prefix_max(nums: list[int]) -> list[int]", "def split(nums: list[int]) -> int")
    split = "def split(nums):\n    for i in range(len(nums) + 1):\n        if 2 * sum(nums[:i]) == sum(nums):\n" \
            "            return i\n    return -1\n"
    for name in ("loop", "accumulate", "rescan"):
        (folder / "solutions" / f"{name}.py").write_text(split)
    (folder / "cases.py").write_text('CASES = [{"args": [[1, 0, 1]]}, {"args": [[1, 2]]}, {"args": [[0, 0]]}]\n')
    # Ones, a zero, ones: the index after the expert's (the first even split) splits evenly too, on every input.
    (folder / "generator.py").write_text(
        "def generate(size, rng):\n    k = max(1, size // 2)\n    return [[1] * k + [0] + [1] * k]\n")
    code, out = validate(tasks)
    assert code == 0, out
    # A checker that accepts anything is still caught, and told as such.
    (folder / "checker.py").write_text("def check(args, output, expected):\n    return True\n")
    code, out = validate(tasks)
    assert code == 1 and "FAIL  t: checker accepts a wrong output on every input tried" in out, out
    (folder / "checker.py").write_text("def check(args, output, expected):\n    return output != expected\n")
    code, out = validate(tasks)
    assert code == 1 and "FAIL  t: checker rejects the expert's own output on hand case 0 (1)" in out, out
    # A checker that raises names the input it was judging, as a failing generator names its level and test: the
    # line was 'checker raised ValueError: chk' alone.
    (folder / "checker.py").write_text("def check(args, output, expected):\n    raise ValueError('chk')\n")
    code, out = validate(tasks)
    assert code == 1 and "FAIL  t: checker raised ValueError: chk (judging an output on hand case 0)\n" in out, out


@pytest.mark.sandbox
def test_an_expert_that_is_not_deterministic_fails_validation(suite):
    """Hand cases without 'expected' and an expert that draws at random: the run compares samples with the
    expert's first answer, and validation never ran the expert twice: such an expert showed only as another tier
    disagreeing with it ('tier rescan disagrees with the expert'), which blamed the tier."""
    tasks, _ = suite
    (tasks / "t" / "cases.py").write_text('CASES = [{"args": [[1, 2]]}, {"args": [[5]]}]\n')
    (tasks / "t" / "solutions" / "loop.py").write_text(
        "import os\n\n\ndef prefix_max(nums):\n    return [x + os.urandom(1)[0] for x in nums]\n")
    code, out = validate(tasks)
    assert code == 1 and "FAIL  t: expert is not deterministic: run again on hand case 0 it gave [" in out, out


# ---------------------------------------------------------------- the suite's folder
def test_a_folder_shared_by_link_is_part_of_the_task_hash(tmp_path, suite):
    """``solutions`` a link to a folder the author shares: its files were left out of the content hash, so an
    expert edited there resumed a run directory on the old expert's measurements, and merged in a leaderboard."""
    tasks, _ = suite
    shared = tmp_path / "shared-solutions"
    (tasks / "t" / "solutions").rename(shared)
    (tasks / "t" / "solutions").symlink_to(shared)
    (tasks / "t" / "loop").symlink_to(tasks / "t")  # a link to a folder above it: hashed once, no loop
    before = load_task(tasks / "t").content_hash()
    (shared / "loop.py").write_text(EXPERT + "\n# faster now\n")
    assert load_task(tasks / "t").content_hash() != before


def test_a_folder_shown_by_two_links_hashes_alike_whatever_order_the_file_system_lists(tmp_path, suite):
    """The review: the folder walked first took the hash's name for a real folder two links show, and os.walk goes
    in the file system's order (on tmpfs, newest first): the same task, made in another order, hashed otherwise,
    so a resume was refused and leaderboards did not merge it.  Made twice, in both orders, on tmpfs if there."""
    import shutil
    import tempfile
    tasks, _ = suite
    hashes = []
    with tempfile.TemporaryDirectory(dir="/dev/shm" if os.path.isdir("/dev/shm") else None) as where:
        for i, real_first in enumerate((True, False)):
            task = Path(where, str(i), "t")
            shutil.copytree(tasks / "t", task)
            if real_first:
                (task / "data").mkdir()
                (task / "link").symlink_to("data")
            else:
                (task / "link").symlink_to("data")
                (task / "data").mkdir()
            (task / "data" / "f.py").write_text("x = 1\n")
            hashes.append(load_task(task).content_hash())
    assert hashes[0] == hashes[1]


@pytest.mark.parametrize("target", ["/", ".."])
def test_a_link_to_a_folder_that_holds_the_task_is_one_line(suite, target):
    """The review: ``data -> /`` made every load of the task hash the whole file system (/proc included)."""
    tasks, _ = suite
    (tasks / "t" / "data").symlink_to(target)
    with pytest.raises(TaskError, match=r"/t/data: a link to a folder that holds the task") as err:
        load_task(tasks / "t").content_hash()
    assert "\n" not in str(err.value)


def test_a_file_the_hash_cannot_read_is_one_line_naming_it(suite):
    tasks, _ = suite
    (tasks / "t" / "mem").symlink_to("/proc/self/mem")  # a regular file whose read fails (EIO)
    with pytest.raises(TaskError, match=r"/t/mem: cannot be read for the task's content hash"):
        load_task(tasks / "t").content_hash()


def test_a_task_without_links_hashes_as_it_did():
    """Where no folder is a link (every task of the suite, every fixture) the hash is the one runs and leaderboards
    already record: the files ``rglob`` lists, in the same order (sorting paths is not sorting their strings)."""
    import hashlib

    from effbench.tasks.task import default_tasks_dir, discover

    from .conftest import FIXTURE_TASKS

    def as_before(path):
        digest = hashlib.sha256()
        for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(file.relative_to(path).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
        return digest.hexdigest()

    folders = discover(default_tasks_dir()) + discover(FIXTURE_TASKS)
    assert len(folders) > 100
    for folder in folders:
        assert load_task(folder).content_hash() == as_before(folder), folder.name


@pytest.mark.parametrize("layout, message", [
    # --tasks-dir naming one task: "no tasks (a task is a folder holding a task.toml)" of a folder that holds one
    ("one-task", "{tasks}/t: is a task folder; --tasks-dir takes the folder that holds the task folders "
                 "(here {tasks})"),
    # Task.toml: the task was silently skipped, and each of its samples "unknown task id"
    ("misnamed", "{tasks}/t/task.toml: missing, beside the generator.py, cases.py, solutions of a task"),
    ("file", "{tasks}/t/task.toml: not a folder (--tasks-dir takes the folder that holds the task folders)"),
])
def test_a_tasks_dir_that_is_not_a_suite_says_what_it_is(tmp_path, suite, layout, message):
    tasks, samples = suite
    target = tasks
    if layout == "one-task":
        target = tasks / "t"
    elif layout == "misnamed":
        (tasks / "t" / "task.toml").rename(tasks / "t" / "Task.toml")
        prefix_max_variant(tasks, "u", "exact")
    else:
        target = tasks / "t" / "task.toml"
    message = message.format(tasks=tasks)
    for args in (run_args(tmp_path, target, samples), ("tasks", "list", "--tasks-dir", target)):
        assert message in one_line(invoke(*args))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("helper", ["generator.py", "solutions"])
def test_a_helper_folder_beside_the_tasks_is_not_taken_for_a_task(tmp_path, suite, helper):
    """The review: a folder beside the tasks holding a shared generator.py, or the solutions tasks link to, stopped
    every command as a task whose task.toml was missing."""
    tasks, _ = suite
    (tasks / "shared").mkdir()
    (tasks / "shared" / helper).mkdir() if helper == "solutions" else (tasks / "shared" / helper).write_text("")
    res = invoke("tasks", "list", "--tasks-dir", tasks)
    assert res.exit_code == 0 and "shared" not in res.output and "t" in res.output.split(), res.output


def test_two_tiers_both_past_the_cut_off_say_why_their_order_is_unknown():
    """Two quadratic tiers, both past 40x the expert at the top level: 'resum >=2000.0ms is not slower than slices
    >=2000.0ms' read as a measurement that contradicts the order, where none was made."""
    from effbench.errors import ValidationError
    from effbench.tasks.tier_costs import ReferenceCost, describe_tier_order
    costs = [ReferenceCost("resum", 2.0, True), ReferenceCost("slices", 2.0, True),
             ReferenceCost("prefix", 0.01, False)]
    with pytest.raises(ValidationError) as info:
        describe_tier_order(costs, 3)
    assert str(info.value) == ("tiers resum and slices are both past the cut-off at level 3 (40x the expert, "
                               "2000.0ms): their order cannot be measured there; make the top level smaller, or the "
                               "tiers further apart")
