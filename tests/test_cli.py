"""The CLI through click's runner and as a real subprocess."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from effbench.cli.main import Main, main

from .conftest import FIXTURE_TASKS, write_samples

SOL = FIXTURE_TASKS / "prefix-max" / "solutions"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_tasks_list_and_show():
    res = invoke("tasks", "list", "--tasks-dir", FIXTURE_TASKS)
    assert res.exit_code == 0 and "prefix-max" in res.output and "O(n^2)" in res.output
    res = invoke("tasks", "show", "prefix-max", "--tasks-dir", FIXTURE_TASKS)
    assert res.exit_code == 0 and "prefix_max" in res.output and "(expert)" in res.output


@pytest.mark.parametrize("args, says", [
    (["run", "s.jsonl", "--repeats", "0"], "Invalid value for '--repeats': 0 is not in the range 1<=x<=100."),
    (["run", "s.jsonl", "--measure", "foo"], "Invalid value for '--measure': 'foo' is not one of"),
    (["run", "s.jsonl", "--k", "0"], "k values are positive whole numbers"),
    # An empty item (an unset shell variable, a doubled comma) was skipped without a word, and int() read a
    # full-width digit or '1_0' as a number.
    (["run", "s.jsonl", "--k", "1,,10"], "Invalid value for --k: '1,,10': item 2 is empty"),
    (["run", "s.jsonl", "--k", "1,\uff12"], "'\uff12' is not a whole number"),
    (["run", "s.jsonl", "--tasks", "a,,b"], "Invalid value for --tasks: 'a,,b': item 2 is empty"),
    # check-run reads the run's options with the run's parser: a bad --k pointed at check-run's help, which has none
    (["check-run", "--", "--k", "abc"], "'abc' is not a whole number (see: "),
    (["check-run", "--", "--k", "abc"], " run --help)"),
    (["tasks", "export-samples", "--out", "x"], "No such option '--out'."),
    (["nosuch"], "No such command 'nosuch'."),
])
@pytest.mark.sandbox  # the subprocess
def test_clicks_usage_errors_are_one_line_and_exit_2(args, says):
    """click's own errors (a value out of range, an unknown option or command) printed its usage block and a blank
    line before the error; like every other failure they are one line now, naming the --help to read."""
    res = invoke(*args)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert res.stderr.startswith("effbench: error: ") and says in res.stderr and "--help)" in res.stderr
    done = subprocess.run([sys.executable, "-m", "effbench", *args], capture_output=True, text=True)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and says in done.stderr, done.stderr


# Dependencies that only some commands need, each tens of milliseconds to import (numpy 28 ms, jsonschema 32 ms on
# the 2-core VM, quiet): `effbench --help` imported numpy and jsonschema, about 60 of its 240 ms.
NOT_AT_START = ("numpy", "scipy", "matplotlib", "jsonschema", "jinja2", "docker", "psutil", "ray")


@pytest.mark.sandbox  # a fresh interpreter: this one has imported them all
@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_starting_the_command_line_imports_no_library_only_some_commands_need(args):
    script = ("import json, sys\nsys.argv = ['effbench', *sys.argv[1:]]\nfrom effbench.cli import entry\n"
              "try:\n    entry()\nexcept SystemExit:\n    pass\n"
              "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "effbench" in done.stdout, done.stderr
    imported = json.loads(done.stdout.splitlines()[-1])
    assert "click" in imported and [m for m in NOT_AT_START if m in imported] == []


def test_a_permission_error_without_a_path_is_not_called_the_users_input(tmp_path):
    """The command group says a path the user may not enter is that (one line, exit 2).  A PermissionError with no
    path (a signal to another user's process, a socket, a file descriptor's) read '[Errno 1] Operation not
    permitted: not accessible to this user', exit 2: bad input, where the user gave nothing wrong."""
    @click.group(cls=Main)
    def group() -> None:
        pass

    @group.command()
    @click.argument("what")
    def fail(what):
        if what == "path":
            (tmp_path / "x").write_text("")
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path / "x"))
        raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), *([3] if what == "fd" else []))

    res = CliRunner().invoke(group, ["fail", "path"])
    assert res.exit_code == 2 and res.stderr == f"effbench: error: {tmp_path / 'x'}: not accessible to this user " \
        "(permission denied)\n", res.stderr
    for what in ("signal", "fd"):
        res = CliRunner().invoke(group, ["fail", what])
        assert "not accessible" not in res.stderr and isinstance(res.exception, PermissionError), res.stderr


def test_tasks_show_unknown_id_is_one_clear_line():
    res = invoke("tasks", "show", "nope", "--tasks-dir", FIXTURE_TASKS)
    assert res.exit_code == 2
    assert res.stderr.strip().count("\n") == 0 and "unknown task id(s) nope" in res.stderr


@pytest.mark.parametrize("args, tail", [
    (("tasks", "show", ""), "unknown task id(s) ''\n"),  # was 'unknown task id(s) ' and nothing after it
    (("tiers", "show", " "), "unknown task id(s) ' '\n"),
    (("complexity", "--tasks", "nope,nope,prefix-max,nope"), "unknown task id(s): nope\n"),  # was 'nope, nope, nope'
])
def test_unknown_task_ids_are_named_once_and_visibly(args, tail):
    res = invoke(*args, "--tasks-dir", FIXTURE_TASKS)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and res.stderr.endswith(tail), res.stderr


def test_a_task_named_twice_is_loaded_once():
    from effbench.tasks.task import load_suite
    assert [t.id for t in load_suite(FIXTURE_TASKS, ["prefix-max", "prefix-max"])] == ["prefix-max"]


@pytest.mark.sandbox
def test_validate_fast_passes_on_a_good_task():
    res = invoke("tasks", "validate", "--fast", "prefix-max", "--tasks-dir", FIXTURE_TASKS)
    assert res.exit_code == 0, res.output + res.stderr
    assert "ok    prefix-max" in res.output


@pytest.mark.sandbox
def test_validate_catches_a_tier_that_disagrees(tmp_path):
    import shutil
    broken = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS, broken)
    (broken / "prefix-max" / "solutions" / "rescan.py").write_text(
        "def prefix_max(nums):\n    return [max(nums[:i + 1]) for i in range(len(nums) - 1)] if len(nums) > 9 else "
        "[max(nums[:i + 1]) for i in range(len(nums))]\n")
    res = invoke("tasks", "validate", "--fast", "prefix-max", "--tasks-dir", broken)
    assert res.exit_code == 1 and "tier rescan disagrees with the expert at level" in res.output


@pytest.mark.sandbox
def test_validate_checks_every_pool_member_and_names_the_wrong_ones_file(tmp_path):
    """A pool member is checked as a reference is: a correct one passes, one that is wrong only on generated inputs
    (it agrees on the hand cases) fails the task with one line naming its file."""
    import shutil
    broken = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS, broken)
    pool = broken / "prefix-max" / "pool"
    pool.mkdir()
    (pool / "itertools_acc.py").write_text(
        "import itertools\ndef prefix_max(nums):\n    return list(itertools.accumulate(nums, max))\n")
    res = invoke("tasks", "validate", "--fast", "prefix-max", "--tasks-dir", broken)
    assert res.exit_code == 0 and "3 tiers and 1 pool members agree" in res.output, res.output
    (pool / "off_by_one.py").write_text(
        "def prefix_max(nums):\n    out, best = [], None\n    for x in nums:\n"
        "        best = x if best is None or x > best else best\n        out.append(best)\n"
        "    return out[:-1] + [out[-1] + 1] if len(nums) > 9 else out\n")
    res = invoke("tasks", "validate", "--fast", "prefix-max", "--tasks-dir", broken)
    lines = [line for line in res.output.splitlines() if line.startswith("FAIL")]
    assert res.exit_code == 1 and len(lines) == 1, res.output
    assert "prefix-max: pool member pool/off_by_one.py disagrees with the expert at level 1" in lines[0]


@pytest.mark.sandbox
def test_validate_compares_a_pool_member_over_the_memory_budget_at_the_levels_it_fits(tmp_path):
    """Over the task's memory at a large level is over a limit, as a timeout there is (the scores' rule, OVER_LIMIT):
    the member is compared at the levels it fits, not failed.  percent-decode-crc's `unquote_bytes_whole` (1.4 GB
    on one top-level input, budget 1 GB) failed the whole suite's validation so."""
    import shutil
    tasks = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS, tasks)
    pool = tasks / "prefix-max" / "pool"
    pool.mkdir()
    (pool / "copies_everything.py").write_text(
        "import itertools\ndef prefix_max(nums):\n    if len(nums) > 500:\n        hold = bytearray(1 << 40)\n"
        "    return list(itertools.accumulate(nums, max))\n")
    res = invoke("tasks", "validate", "--fast", "prefix-max", "--tasks-dir", tasks)
    assert res.exit_code == 0 and "3 tiers and 1 pool members agree" in res.output, res.output


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_validate_catches_a_nondeterministic_generator(tmp_path):
    import shutil
    broken = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS, broken)
    (broken / "prefix-max" / "generator.py").write_text(
        "import random\ndef generate(size, rng):\n    return [[random.randint(0, 9) for _ in range(size)]]\n")
    res = invoke("tasks", "validate", "--fast", "prefix-max", "--tasks-dir", broken)
    assert res.exit_code == 1 and "not deterministic" in res.output


@pytest.mark.parametrize("line, message", [
    ("{not json", "samples.jsonl:2: invalid JSON"),
    ('{"model": "m", "solution": "x"}', "samples.jsonl:2: missing field 'task_id'"),
    ('{"task_id": "prefix-max"}', "samples.jsonl:2: needs a 'solution' or a 'completion'"),
    ('{"task_id": "no-such-task", "solution": "x"}', "samples.jsonl:2: unknown task id 'no-such-task'"),
])
def test_bad_samples_files_name_the_line(tmp_path, line, message):
    path = tmp_path / "samples.jsonl"
    path.write_text(json.dumps({"task_id": "prefix-max", "solution": "x"}) + "\n" + line + "\n")
    res = invoke("run", path, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out")
    assert res.exit_code == 2
    assert message in res.stderr and res.stderr.count("\n") == 1


def test_missing_samples_file(tmp_path):
    res = invoke("run", tmp_path / "absent.jsonl", "--tasks-dir", FIXTURE_TASKS)
    assert res.exit_code == 2 and "no such samples file" in res.stderr


def test_malformed_task_is_reported_with_its_file(tmp_path):
    import shutil
    broken = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS, broken)
    manifest = broken / "prefix-max" / "task.toml"
    manifest.write_text(manifest.read_text().replace("tests = [3, 2, 2, 2]", "tests = [3, 2]"))
    res = invoke("tasks", "list", "--tasks-dir", broken)
    assert res.exit_code == 2 and "task.toml: levels.sizes, tests and hardness must have the same length" in res.stderr


@pytest.mark.sandbox
def test_run_and_score_as_a_subprocess(tmp_path):
    samples = write_samples(tmp_path / "samples.jsonl", [
        {"task_id": "prefix-max", "model": "expert", "solution": (SOL / "loop.py").read_text()},
        {"task_id": "prefix-max", "model": "broken", "solution": "def prefix_max(nums):\n    return None\n"},
    ])
    board_path = tmp_path / "board.json"
    cmd = [sys.executable, "-m", "effbench.cli.main", "run", str(samples), "--tasks-dir", str(FIXTURE_TASKS),
           "--out", str(tmp_path / "out"), "--repeats", "2", "--k", "1", "--leaderboard", str(board_path)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "expert" in done.stdout and "pass@1" in done.stdout
    board = json.loads(board_path.read_text())
    assert board["models"]["broken"]["pass@k"]["1"] == 0.0
    assert board["models"]["expert"]["pass@k"]["1"] == 1.0
    rescored = subprocess.run([sys.executable, "-m", "effbench", "score", str(tmp_path / "out")], capture_output=True,
                              text=True)
    assert rescored.returncode == 0 and rescored.stdout == done.stdout


def test_score_on_a_folder_that_is_not_a_run(tmp_path):
    res = invoke("score", tmp_path)
    assert res.exit_code == 2 and "not a run directory" in res.stderr
    assert os.listdir(tmp_path) == []  # the run directory's lock file was left in it



@pytest.mark.parametrize("code, exit_code, says", [(errno.ENOSPC, 3, "disk full"),
                                                   (errno.EACCES, 2, "Permission denied")])
def test_a_run_directory_the_disk_refuses_is_the_machines_fault(tmp_path, monkeypatch, code, exit_code, says):
    """A full disk once a command is under way (here while `score` writes the derived files; in `run` an hour of
    measuring may come before) is the machine's fault, exit 3 as under `tasks validate --costs-json`: it was exit 2,
    which says the input was wrong and refused before anything was measured.  The disk is made full by refusing the
    write (a real full file system needs a mount of its own); a write refused for a reason of the user's stays 2."""
    from effbench import files

    from .scale_run import make_run
    run = make_run(tmp_path / "a")

    def refuse(path, text):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files, "write_text_atomic", refuse)
    res = invoke("score", run)
    assert res.exit_code == exit_code, res.output
    assert res.stderr.splitlines() == [f"effbench: error: {run / 'results.jsonl'}: cannot write ({says}); finished "
                                       "measurements are kept, rerun to resume"]

def _hold_on(module: str) -> str:
    """Source that installs an import finder saying 'held' and sleeping as *module* is first imported (``sys`` and
    ``time`` imported before it): a signal sent on 'held' lands at that point of effbench's work."""
    return ("class Hold:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            f"        if name == {module!r}:\n"
            "            sys.stderr.write('held\\n'); sys.stderr.flush(); time.sleep(60)\n"
            "sys.meta_path.insert(0, Hold())\n")


def _signal_when_held(cmd: list[str], signum: int) -> tuple[int, str, str]:
    """Start *cmd* (a program using :func:`_hold_on`), send *signum* once it is held: its exit code, stdout, stderr."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr.readline() == "held\n"
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    return proc.returncode, out, err


@pytest.mark.sandbox
@pytest.mark.parametrize("how", ["script", "module"])
def test_ctrl_c_while_effbench_starts_is_one_line_and_exit_130(how):
    """Ctrl-C in the second or two effbench spends importing its modules, before any command runs (a user who sees
    they typed the wrong file), was a KeyboardInterrupt traceback from deep inside an import and exit status -2.
    The import is held (a finder sleeping on one of effbench's modules) so that the signal lands in it; the entry is
    the console script pyproject.toml installs, or `python -m effbench`."""
    import tomllib
    script = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]["scripts"]
    module, func = script["effbench"].split(":")
    start = (f"getattr(importlib.import_module({module!r}), {func!r})()" if how == "script" else
             "runpy.run_module('effbench', run_name='__main__')")
    code = ("import importlib, runpy, signal, sys, time\n"
            "signal.signal(signal.SIGINT, signal.default_int_handler)\n"  # as from a terminal (a CI step may ignore it)
            + _hold_on("effbench.tasks.task") + "sys.argv = ['effbench', '--version']\n" + start + "\n")
    returncode, out, err = _signal_when_held([sys.executable, "-c", code], signal.SIGINT)
    assert returncode == 130 and err == "effbench: interrupted while starting; nothing was done\n", err
    assert out == ""


@pytest.mark.sandbox
@pytest.mark.parametrize("argv, module, kept", [
    (["score", "{tmp}"], "effbench.measuring.run", False),
    (["leaderboard", "{tmp}", "-o", "{tmp}/board.json"], "effbench.reports.board", False),
    (["run", "{tmp}/s.jsonl", "--tasks-dir", str(FIXTURE_TASKS), "--out", "{tmp}/run"], "effbench.measuring.run",
     True),
])
def test_a_stopped_command_promises_a_resume_only_if_it_resumes(tmp_path, argv, module, kept):
    """SIGTERM to `score` (or any command that measures nothing a rerun picks up) said 'finished measurements are
    kept (rerun the same command to resume)'.  Each command is held importing a module it loads once under way
    (a finder sleeping on it), and the signal sent there."""
    (tmp_path / "s.jsonl").write_text("")
    code = ("import sys, time\nfrom effbench.cli import entry\n" + _hold_on(module)
            + "sys.argv = ['effbench', *sys.argv[1:]]\nentry()\n")
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    returncode, _, err = _signal_when_held([sys.executable, "-c", code, *args], signal.SIGTERM)
    said = "effbench: terminated (SIGTERM)" + ("; finished measurements are kept (rerun the same command to resume)"
                                               if kept else "")
    assert returncode == 143 and err == said + "\n", err


# Three exits, each of a process forked once effbench is imported (the import is most of a process's cost): the
# command's output before its exit, then (held) its exit, waiting once for a line on stdin, then its exit code.
HELD_EXITS = """import json, os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal (a CI step may ignore it)
from effbench.cli import entry
import effbench.cli.main
real_exit = sys.exit
def held(status=None):
    sys.exit = real_exit
    sys.stderr.write(f"held {os.getpid()}\\n"); sys.stderr.flush(); sys.stdin.readline()
    real_exit(status)
for argv in json.loads(sys.argv[1]):
    pid = os.fork()
    if pid == 0:
        sys.exit, sys.argv = held, ["effbench", *argv]
        entry()
        os._exit(99)  # never: click exits
    sys.stderr.write(f"exit {os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])}\\n"); sys.stderr.flush()
"""


@pytest.mark.sandbox
def test_ctrl_c_as_a_command_exits_leaves_its_exit_code():
    """A Ctrl-C landing once the command had finished, in click's exit: it was a KeyboardInterrupt traceback and
    death by SIGINT (exit -2) after a finished command or ``--version``, and click's 'Aborted!' and exit 1 after a
    command that refused its input (2).  The process now exits with the command's code and says nothing more.  The
    exit is held (``sys.exit``, which click and effbench call with the command's code, waits for a line on stdin)
    and the signal sent before the line: it reaches the process while its exit waits."""
    cases = [(["tasks", "list", "--tasks-dir", str(FIXTURE_TASKS)], 0), (["score", str(FIXTURE_TASKS)], 2),
             (["--version"], 0)]
    proc = subprocess.Popen([sys.executable, "-c", HELD_EXITS, json.dumps([argv for argv, _ in cases])],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said: list[list[str]] = []  # per case, what it said on stderr before its exit, the held line, and after it
    try:
        for _ in cases:
            lines: list[str] = []
            while not (line := proc.stderr.readline()).startswith("held ") and line:
                lines.append(line)
            if line:
                os.kill(int(line.split()[1]), signal.SIGINT)
                proc.stdin.write("go\n")
                proc.stdin.flush()
            while not (line := proc.stderr.readline()).startswith("exit ") and line:
                lines.append(f"after: {line}")
            said.append([*lines, line])
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert [case[-1] for case in said] == [f"exit {code}\n" for _, code in cases], said
    assert [case[:-1] for case in said] == [[], [said[1][0]], []] and "not a run directory" in said[1][0], said
    assert "prefix-max" in out and "effbench, version" in out and err == "", (out, err)


def test_export_samples_says_once_what_it_wrote(tmp_path):
    """It said '3 samples written to F' on stdout and 'wrote F' on stderr (the docs review)."""
    res = invoke("tasks", "export-samples", tmp_path / "s.jsonl", "--tasks-dir", FIXTURE_TASKS, "--no-adversarial")
    rows = (tmp_path / "s.jsonl").read_text().splitlines()
    assert res.exit_code == 0 and res.stdout == ""
    assert res.stderr == f"wrote {len(rows)} samples to {tmp_path / 's.jsonl'}\n"
