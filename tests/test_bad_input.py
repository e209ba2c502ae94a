"""Bad input is one line on stderr and exit 2, found before anything is measured and before a run directory exists:
a generator that raises, nonsensical manifest numbers, ``--alpha nan``, an ``--out`` that is a file (issue 11).
Through click's CliRunner, and as a real subprocess."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from effbench.cli.main import main

from .conftest import write_samples
from .hostile import EXPERT, SHOUT, SHOUT_SHOWN, assert_inert, prefix_max_variant


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_line(res) -> str:
    assert res.exit_code == 2, (res.exit_code, res.output, res.stderr)
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr, res.stderr
    return res.stderr


@pytest.fixture
def suite(tmp_path):
    """A one-task suite (a copy of the prefix-max fixture as "t") and a samples file for it."""
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    prefix_max_variant(tasks, "t", "exact")
    samples = write_samples(tmp_path / "samples.jsonl", [{"task_id": "t", "model": "m", "solution": EXPERT}])
    return tasks, samples


def run_args(tmp_path, tasks, samples, *extra):
    return ("run", samples, "--tasks-dir", tasks, "--out", tmp_path / "out", "--quiet", "--repeats", "1",
            "--k", "1", *extra)


RAISING_GENERATOR = "def generate(size, rng):\n    if size > 1000:\n        return [1 // 0]\n    return [[1] * size]\n"


@pytest.mark.sandbox
def test_a_generator_that_raises_stops_run_before_anything(tmp_path, suite):
    tasks, samples = suite
    (tasks / "t" / "generator.py").write_text(RAISING_GENERATOR)
    err = one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert "generator.py (level 2, test 0): generate raised ZeroDivisionError" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_a_generator_that_raises_is_one_line_in_tasks_validate(tmp_path, suite):
    tasks, _ = suite
    (tasks / "t" / "generator.py").write_text(RAISING_GENERATOR)
    err = one_line(invoke("tasks", "validate", "t", "--tasks-dir", tasks))
    assert "generate raised ZeroDivisionError" in err


@pytest.mark.sandbox  # run probes its sandbox first
@pytest.mark.parametrize("missing", ["generator.py", "cases.py"])
def test_a_task_without_its_generator_or_cases_is_one_line(tmp_path, suite, missing):
    """A task author's folder missing a file: one line naming it (a missing generator.py was a FileNotFoundError
    traceback out of the input cache, which reads its bytes as the inputs' key before loading it)."""
    tasks, samples = suite
    (tasks / "t" / missing).unlink()
    err = one_line(invoke("tasks", "validate", "t", "--tasks-dir", tasks, "--fast"))
    assert f"{tasks / 't' / missing}: missing" in err
    err = one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert f"{tasks / 't' / missing}: missing" in err and not (tmp_path / "out").exists()


@pytest.mark.sandbox
@pytest.mark.parametrize("content", ['{"x": 1}', "[", '{"task_id": "t", "tiers": NaN}'])
def test_tasks_validate_proves_the_tier_file_that_run_reads(tmp_path, suite, content):
    """A tiers.json that run refuses (one line, exit 2) is that task's failure in validate, which passed it before."""
    tasks, samples = suite
    (tasks / "t" / "tiers.json").write_text(content)
    err = one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert f"{tasks / 't' / 'tiers.json'}: " in err
    res = invoke("tasks", "validate", "t", "--tasks-dir", tasks, "--fast")
    assert res.exit_code == 1 and f"FAIL  t: {tasks / 't' / 'tiers.json'}: " in res.output, res.output


@pytest.mark.parametrize("alpha", ["nan", "inf", "-inf", "1", "0.5"])
def test_alpha_must_be_finite_and_above_one(tmp_path, suite, alpha):
    tasks, samples = suite
    err = one_line(invoke(*run_args(tmp_path, tasks, samples, "--alpha", alpha)))
    assert "--alpha must be a finite number above 1" in err
    assert not (tmp_path / "out").exists()


def test_out_naming_a_file_is_refused(tmp_path, suite):
    tasks, samples = suite
    (tmp_path / "out").write_text("not a run\n")
    assert "exists and is not a directory" in one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert (tmp_path / "out").read_text() == "not a run\n"


def test_leaderboard_naming_a_folder_is_refused_before_measuring(tmp_path, suite):
    tasks, samples = suite
    (tmp_path / "board").mkdir()
    assert "is a directory" in one_line(invoke(*run_args(tmp_path, tasks, samples, "--leaderboard",
                                                         tmp_path / "board")))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("old, new, message", [
    ("memory_mb = 256", "memory_mb = -5", "'memory_mb' must be an integer from 1"),
    ("memory_mb = 256", "memory_mb = 0", "'memory_mb' must be an integer from 1"),
    ("memory_mb = 256", "memory_mb = 1e9", "field 'memory_mb' must be int"),
    ("memory_mb = 256", "memory_mb = 99999999999999999", "'memory_mb' must be an integer from 1"),
    ('checker = "exact"', 'checker = "float"\nfloat_rel_tol = nan', "'float_rel_tol' must be a number from 0"),
    ('checker = "exact"', 'checker = "float"\nfloat_abs_tol = -1e-9', "'float_abs_tol' must be a number from 0"),
    ('checker = "exact"', 'checker = "float"\nfloat_abs_tol = inf', "'float_abs_tol' must be a number from 0"),
    ("sizes = [5, 1000, 3000, 8000]", "sizes = [5, 1000, inf, 8000]", "levels.sizes must be a non-empty list"),
    ("sizes = [5, 1000, 3000, 8000]", "sizes = [5, 1000.5, 3000, 8000]", "levels.sizes must be a non-empty list"),
    ("tests = [3, 2, 2, 2]", "tests = [3, 2, 2.5, 2]", "levels.tests must be a non-empty list"),
    ("tests = [3, 2, 2, 2]", "tests = [3, 0, 2, 2]", "a level with hardness > 0 needs at least one test"),
    ("hardness = [0, 3, 3, 4]", "hardness = [0, 3, inf, 4]", "levels.hardness must be a non-empty list"),
    ("hardness = [0, 3, 3, 4]", "hardness = [0, 3, nan, 4]", "levels.hardness must be a non-empty list"),
])
def test_nonsensical_manifest_numbers_are_refused_on_load(tmp_path, suite, old, new, message):
    tasks, samples = suite
    manifest = tasks / "t" / "task.toml"
    assert old in manifest.read_text()
    manifest.write_text(manifest.read_text().replace(old, new))
    err = one_line(invoke(*run_args(tmp_path, tasks, samples)))
    assert "task.toml" in err and message in err
    assert not (tmp_path / "out").exists()


@pytest.mark.sandbox
def test_an_expert_that_fails_is_not_called_retryable(tmp_path, suite):
    tasks, samples = suite
    (tasks / "t" / "solutions" / "loop.py").write_text("def prefix_max(nums):\n    return 1 / 0\n")
    res = invoke(*run_args(tmp_path, tasks, samples))
    assert res.exit_code == 3
    assert "task t unscorable: expert reference error on hand cases" in res.stderr
    assert "retry" not in res.stderr


@pytest.mark.sandbox
def test_what_a_failing_expert_raised_is_printed_as_its_escapes(tmp_path, suite):
    """An imported task's expert is the data set's code: the unscorable task's line on stderr quoted what it
    raised with its escape sequences, which reached the terminal."""
    tasks, samples = suite
    (tasks / "t" / "solutions" / "loop.py").write_text(f"def prefix_max(nums):\n    raise ValueError({SHOUT!r})\n")
    res = invoke(*run_args(tmp_path, tasks, samples))
    assert res.exit_code == 3, res.output
    assert_inert(res.stderr)
    assert f"task t unscorable: expert reference error on hand cases: ValueError: {SHOUT_SHOWN} in call\n" \
        in res.stderr, res.stderr


@pytest.mark.sandbox
def test_bad_input_as_a_subprocess(tmp_path, suite):
    tasks, samples = suite
    cmd = [sys.executable, "-m", "effbench", *map(str, run_args(tmp_path, tasks, samples, "--alpha", "nan"))]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("effbench: error: --alpha must be a finite number above 1, got nan")
    (tasks / "t" / "generator.py").write_text(RAISING_GENERATOR)
    done = subprocess.run(cmd[:-2], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "generate raised ZeroDivisionError" in done.stderr and not (tmp_path / "out").exists()


def test_an_output_path_that_cannot_be_written_is_one_line_in_every_command(tmp_path, suite):
    """Found from the installed wheel as an unprivileged user: an --out, -o or OUT under a folder the user cannot
    write (or under a file) ended in a PermissionError traceback, for ``complexity`` after its sweeps were measured.
    Root may write anywhere, so here the path runs through a file; test_install checks the unwritable folder as
    the user."""
    tasks, samples = suite
    (tmp_path / "plain").write_text("a file\n")
    bad = tmp_path / "plain" / "deeper" / "out"
    commands = [
        (*run_args(tmp_path, tasks, samples)[:4], "--out", bad, "--quiet"),
        (*run_args(tmp_path, tasks, samples), "--leaderboard", bad),
        ("score", tmp_path, "--leaderboard", bad),
        ("report", tmp_path, "-o", bad),
        ("leaderboard", tmp_path, "-o", bad),
        ("history", tmp_path, "-o", bad),
        ("import", "enamel", tmp_path / "enamel.csv", "--out", bad),
        ("tasks", "export-samples", bad, "--tasks-dir", tasks),
        ("complexity", "--tasks", "t", "--tasks-dir", tasks, "--out", bad),
    ]
    for args in commands:
        err = one_line(invoke(*args))
        assert f"{bad}: {tmp_path / 'plain'} is not a directory" in err, (args, err)
    assert not (tmp_path / "out").exists()


def test_a_tasks_dir_without_tasks_says_so(tmp_path, suite):
    """An empty (or wrong) --tasks-dir read as every sample's task being unknown: 'samples.jsonl:1: unknown task id'."""
    _, samples = suite
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes").mkdir()  # a folder without a task.toml is not a task
    for args in (run_args(tmp_path, tmp_path / "empty", samples), ("tasks", "list", "--tasks-dir", tmp_path / "empty")):
        err = one_line(invoke(*args))
        assert f"{tmp_path / 'empty'}: no tasks (a task is a folder holding a task.toml)" in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_number_option_refuses_nan_and_infinity_in_every_command(tmp_path, suite, value):
    """click's FloatRange let NaN through every range check (each comparison with it is false): `effbench compare
    --alpha nan` found no regression between runs that have one and exited 0, a CI gate silently open; `tiers build
    --base nan` failed only after measuring the pool."""
    tasks, samples = suite
    commands = [
        (("compare", tmp_path, tmp_path), "--alpha"), (("history", tmp_path), "--alpha"),
        (("complexity", "--tasks", "t", "--tasks-dir", tasks), "--budget"),
        (("complexity", "--tasks", "t", "--tasks-dir", tasks), "--count-budget"),
        (("complexity", "--tasks", "t", "--tasks-dir", tasks), "--run-timeout"),
        (("generate", "--model", "x", "--base-url", "http://127.0.0.1:9", "-o", tmp_path / "g.jsonl"), "--temperature"),
        (("generate", "--model", "x", "--base-url", "http://127.0.0.1:9", "-o", tmp_path / "g.jsonl"), "--top-p"),
        (("generate", "--model", "x", "--base-url", "http://127.0.0.1:9", "-o", tmp_path / "g.jsonl"), "--timeout"),
        (("profile", tmp_path, "--tasks-dir", tasks), "--profile-timeout"),
        (("tiers", "build", "t", "--tasks-dir", tasks), "--base"),
    ]
    for args, option in commands:
        err = one_line(invoke(*args, option, value))
        assert f"Invalid value for '{option}'" in err and "is not a finite number" in err, (args, option, err)
    assert not (tmp_path / "out").exists() and not (tmp_path / "g.jsonl").exists()


def test_an_output_file_that_is_a_folder_or_empty_is_one_line_in_every_command(tmp_path, suite):
    """-o '' (which is `.`) and -o DIR ended in IsADirectoryError tracebacks once the output was ready."""
    tasks, samples = suite
    run = tmp_path / "out"
    for bad in ("", str(tmp_path)):
        commands = [("report", tmp_path, "-o", bad), ("leaderboard", tmp_path, "-o", bad),
                    ("compare", tmp_path, tmp_path, "-o", bad), ("history", tmp_path, "-o", bad),
                    ("tasks", "export-samples", bad, "--tasks-dir", tasks),
                    ("complexity", "--tasks", "t", "--tasks-dir", tasks, "--out", bad),
                    ("generate", "--model", "x", "--base-url", "http://127.0.0.1:9", "-o", bad)]
        for args in commands:
            err = one_line(invoke(*args))
            shown = bad or "."  # (click reads an empty path as the current folder)
            assert f" {shown}: is a directory (give a file name)" in err, (args, err)
    assert not run.exists()


def test_an_output_write_that_fails_is_one_line(tmp_path, suite):
    """A full disk (/dev/full) was an OSError traceback after the report was made; then exit 2, which says the
    input was wrong and refused before anything was done: a full disk is the machine's, exit 3 (README: exit
    codes), as in a run directory.  An output path that is a folder stays 2 (the test above)."""
    from .test_compare import fake_run
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    for args in (("report", run, "-o", "/dev/full"), ("leaderboard", run, "-o", "/dev/full"),
                 ("history", run, "-o", "/dev/full")):
        res = invoke(*args)
        assert res.exit_code == 3, (args, res.exit_code, res.output)
        assert res.stderr == "effbench: error: /dev/full: cannot write (disk full)\n", (args, res.stderr)


def test_a_run_directory_in_use_is_refused_in_words_true_for_each_command(tmp_path, suite):
    """Found as a user: `effbench score DIR` (or `profile`) of a run that another command held was told to "use
    another --out", an option neither has (`run`'s refusal, which keeps it, is in test_pipeline.py: a run starts
    processes).  The holder here is a second open file description's flock, as another process's would be (the
    same lock file, the same kind of lock)."""
    import fcntl
    import os

    from effbench.measuring.run_dir import LOCK_FILE

    from .test_compare import fake_run
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    holder = os.open(run / LOCK_FILE, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        os.write(holder, b"4242\n")
        for args in (("score", run), ("profile", run, "--slowest", "1", "--tasks-dir", suite[0])):
            err = one_line(invoke(*args))
            assert err.endswith(f"{run}: in use by another effbench command (pid 4242); wait for it to end\n"), \
                (args, err)
    finally:
        os.close(holder)


def test_an_output_named_dash_is_the_standard_output_where_that_is_the_default_and_refused_elsewhere(
        tmp_path, suite, monkeypatch):
    """`report -o -` wrote a file named `-` into the current folder (and said "wrote -"): `-` is stdout to any
    click user, as `--help` says now.  A file effbench keeps or reads back (`run --leaderboard`, `generate -o`)
    has no stdout form: `-` there is refused in one line, before anything is measured."""
    from .test_compare import fake_run
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    monkeypatch.chdir(tmp_path)
    for args in (("report", run), ("leaderboard", run), ("history", run)):
        to_stdout, given = invoke(*args), invoke(*args, "-o", "-")
        assert given.exit_code == 0 and given.stdout == to_stdout.stdout != "", (args, given.output)
    tasks, samples = suite
    exported = invoke("tasks", "export-samples", "-", "--tasks-dir", tasks)
    assert exported.exit_code == 0 and json.loads(exported.stdout.splitlines()[0])["task_id"] == "t", exported.output
    assert not (tmp_path / "-").exists()
    assert "or -: stdout" in invoke("report", "--help").stdout
    err = one_line(invoke(*run_args(tmp_path, tasks, samples, "--leaderboard", "-")))
    assert "--leaderboard -: this output is a file, not the standard output" in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("out", ["", ".", "mine"])
def test_an_out_folder_that_holds_other_files_is_not_taken_for_a_new_run(tmp_path, suite, monkeypatch, out):
    """`--out .` (or `--out ''`, an unset variable, which click reads as `.`) in the folder that holds the user's
    samples.jsonl measured the run into it: the run's own samples.jsonl and tasks.json replaced the user's files
    and the folder was set to mode 0700.  A folder that is neither new, empty nor a run is refused first."""
    tasks, _ = suite
    home = tmp_path / "work"
    folder = home / out if out else home
    folder.mkdir(parents=True, exist_ok=True)
    mine = write_samples(folder / "samples.jsonl", [{"task_id": "t", "model": "m", "solution": EXPERT}])
    before = mine.read_bytes()
    (folder / "tasks.json").write_text("my notes\n")
    folder.chmod(0o755)
    monkeypatch.chdir(home)
    err = one_line(invoke("run", mine, "--tasks-dir", tasks, "--out", out, "--quiet"))
    assert "is not a run directory (it holds samples.jsonl" in err and "give a new or empty folder" in err, err
    assert sorted(p.name for p in folder.iterdir()) == ["samples.jsonl", "tasks.json"]
    assert mine.read_bytes() == before and (folder / "tasks.json").read_text() == "my notes\n"
    assert folder.stat().st_mode & 0o777 == 0o755


def test_a_run_directory_being_made_is_not_called_a_folder_of_other_files(tmp_path):
    """The review: a folder holding only the lock and the temporary file of a run.json being written (a first run
    that has just started) was 'not a run directory (it holds run.json.123.tmp...)' to a second command; it is
    taken for a run directory under way, and the lock says who holds it."""
    from effbench.measuring.record_file import StoreError
    from effbench.measuring.run_dir import check_out
    out = tmp_path / "out"
    out.mkdir()
    (out / ".lock").write_text("123\n")
    (out / "run.json.123.tmp").write_text("{")
    check_out(out, "--out")  # not refused here
    (out / "notes.tmp").write_text("mine\n")
    with pytest.raises(StoreError, match=r"--out .*/out: is not a run directory \(it holds notes.tmp, no run.json\)"):
        check_out(out, "--out")
