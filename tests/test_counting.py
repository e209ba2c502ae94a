"""Instruction counting against real valgrind (this machine has no hardware counters: perf_event_open refuses)."""
from __future__ import annotations

import marshal
import multiprocessing
import time

import pytest

from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.counting import detect_counter, perf_counters_available
from effbench.sandbox.process import ProcessSandbox

from .conftest import FIXTURE_TASKS as FIXTURES
from .zygote_branches import BRANCHES, HEAP_PROBE, SHRINK, SIZES, pipe_budget_spent
from .zygote_branches import LIMITS as BRANCH_LIMITS

LOOP = "def f(n):\n    s = 0\n    for _ in range(n):\n        s ^= 1\n    return s\n"
LIMITS = Limits(wall_limit=120)


@pytest.fixture(scope="module")
def counter():
    r = ProcessSandbox(slot=2, counter="callgrind")
    for n in (0, 100_000, 200_000):
        r.put_input(f"n{n}", marshal.dumps([n]))
    r.put_input("xs", marshal.dumps([list(range(3000, 0, -1))]))
    r.start()
    yield r
    r.close()


def count(runner, code, key, entry="f", limits=LIMITS):
    ex = runner.execute(code, entry, [key], limits)
    assert ex.status == base.OK, ex.detail
    return ex.instructions


def _busy(stop_at: float) -> None:
    x = 0
    while time.monotonic() < stop_at:
        x += 1


def test_backend_is_named_and_hardware_counters_are_preferred_where_present():
    assert detect_counter() == ("perf" if perf_counters_available() else "callgrind")
    assert detect_counter("callgrind") == "callgrind"


@pytest.mark.sandbox
def test_counts_are_bit_identical_across_runs_and_under_load(counter):
    code = "def f(xs):\n    return sorted(set(xs), key=lambda v: -v)[:10]\n"
    quiet = [count(counter, code, "xs") for _ in range(2)]
    busy = multiprocessing.Process(target=_busy, args=(time.monotonic() + 60,))
    busy.start()  # a busy loop on the other core
    try:
        loaded = count(counter, code, "xs")
    finally:
        busy.terminate()
        busy.join()
    assert quiet[0] == quiet[1] == loaded


@pytest.mark.sandbox
def test_counted_region_excludes_start_up(counter):
    empty = count(counter, "def f(n):\n    return 0\n", "n0")
    one = count(counter, LOOP, "n100000")
    assert empty < 0.01 * one  # start-up is ~40M instructions under valgrind; none of it is counted
    assert empty < 500_000


@pytest.mark.sandbox
def test_twice_the_loop_counts_twice(counter):
    empty = count(counter, "def f(n):\n    return 0\n", "n0")
    one = count(counter, LOOP, "n100000") - empty
    two = count(counter, LOOP, "n200000") - empty
    assert two / one == pytest.approx(2.0, rel=0.01)


@pytest.mark.sandbox
def test_compiling_the_source_is_not_counted_and_its_constants_are(counter):
    """Issue 13: compiling happens before "go", so the length of a source does not count (1,000 lines of comments
    cost what the bare function costs); loading its code object does, so a literal table of
    30,000 numbers that the entry point never reads still costs the sample in proportion to its size."""
    bare = count(counter, "def f(n):\n    return 0\n", "n0")
    wordy = count(counter, "# a remark on what follows, as generated code often has\n" * 1000
                  + "def f(n):\n    return 0\n", "n0")
    table = ", ".join(str(7919 * i) for i in range(30_000))
    small = count(counter, f"T = ({table[:60]})\ndef f(n):\n    return 0\n", "n0")
    large = count(counter, f"T = ({table})\ndef f(n):\n    return 0\n", "n0")
    assert abs(wordy - bare) < 1_000  # tokenizing 1,000 lines would cost hundreds of thousands
    assert large - small > 30_000 * 20  # unmarshalling 30,000 ints is charged (over 20 instructions each)
    assert large - small < 30_000 * 2_000  # ...but not compiling them (thousands each under the tokenizer)


@pytest.mark.sandbox
def test_entering_operator_call_again_inside_the_region_neither_splits_nor_hides_the_count(counter):
    # callgrind dumps on entering the marked call from outside it only: a nested entry is counted work, not a dump
    nested = ("import operator, _operator\ndef g(n):\n    s = 0\n    for _ in range(n):\n        s ^= 1\n"
              "    return s\ndef f(n):\n    return _operator.call(operator.call, g, n)\n")
    assert count(counter, nested, "n100000") >= count(counter, LOOP, "n100000")


@pytest.mark.sandbox
def test_rebinding_timers_changes_no_count(counter):
    cheat = "import time\ntime.perf_counter = time.process_time = lambda: 0.0\n" + LOOP
    assert count(counter, cheat, "n100000") >= count(counter, LOOP, "n100000")


@pytest.mark.sandbox
def test_a_sample_that_kills_itself_is_not_counted(counter):
    code = "import os, signal\ndef f(n):\n    os.kill(os.getpid(), signal.SIGKILL)\n"
    ex = counter.execute(code, "f", ["n0"], LIMITS)
    assert ex.status != base.OK and ex.instructions is None


@pytest.mark.sandbox
def test_counts_do_not_depend_on_the_limits_a_run_was_given(counter):
    # Kill deadlines are scaled from measured wall times, so they differ from run to run; the count must not.
    code = "def f(xs):\n    return sum(sorted(xs)[::7])\n"
    a = counter.execute(code, "f", ["xs"], Limits(wall_limit=17.25, memory_mb=300))
    b = counter.execute(code, "f", ["xs"], Limits(wall_limit=123.456789, memory_mb=300))
    assert a.status == b.status == base.OK and a.instructions == b.instructions


@pytest.mark.sandbox
def test_a_counted_runs_cpu_limit_is_kept_though_its_child_has_only_the_backstop(counter):
    """A counting child runs under a fixed CPU rlimit (an hour: the run's own would change its count), so a run's
    CPU limit was not kept at all and a spinning run lasted until its wall limit: a DPE tier build, whose cut-off
    for pool members is CPU time so that it does not depend on the load, cut them off in wall time after all.  The
    worker keeps the limit from outside; and it does not change the count of a run that keeps within it."""
    spin = "def f(n):\n    while True:\n        pass\n"
    ex = counter.execute(spin, "f", ["n0"], Limits(wall_limit=120, cpu_limit=1))
    assert ex.status == base.TIMEOUT and ex.detail == "killed at the 1s CPU limit", (ex.status, ex.detail)
    assert ex.wall_time < 60, ex.wall_time  # the wall limit is 120 s
    capped = counter.execute(LOOP, "f", ["n100000"], Limits(wall_limit=120, cpu_limit=100))
    assert capped.status == base.OK and capped.instructions == count(counter, LOOP, "n100000")


@pytest.mark.sandbox
def test_a_forged_count_file_is_not_believed(counter):
    # Writes a tiny "count" into the file callgrind will dump to, returns, and rebinds os._exit to a SIGKILL, so that
    # callgrind would never overwrite the forgery (were that the exit the harness takes): the forgery is never a count.
    code = ("import glob, os, signal\n"
            "def f(n):\n"
            "    for path in glob.glob('/tmp/effbench-count/*.cg'):\n"
            "        try:\n"
            "            open(path, 'w').write('summary: 1\\ntotals: 1\\n')\n"
            "        except OSError:\n"
            "            pass\n"
            "    os._exit = lambda code: os.kill(os.getpid(), signal.SIGKILL)\n"
            "    return 0\n")
    ex = counter.execute(code, "f", ["n0"], LIMITS)
    # The child now exits through the os._exit it bound before the sample ran: callgrind overwrites the forgery with
    # the real count, at least what returning 0 costs (before, the rebound exit killed it: nothing was counted).
    assert ex.instructions is None or ex.instructions >= count(counter, "def f(n):\n    return 0\n", "n0")


@pytest.mark.sandbox
def test_the_counting_worker_runs_as_nobody_in_a_private_tmp_that_is_removed(tmp_path):
    from effbench.sandbox import private_tmp
    r = ProcessSandbox(slot=5, counter="callgrind")
    try:
        assert r.info()["uid"] == private_tmp.NOBODY[0]  # as the docker runner's container user
        where = r.private_tmp
        assert where.is_dir() and where.stat().st_uid == private_tmp.NOBODY[0]
        assert oct(where.stat().st_mode & 0o777) == "0o700"
    finally:
        r.close()
    assert not where.exists()


@pytest.mark.sandbox
def test_a_busy_counting_worker_dies_with_its_sandbox_when_the_run_stops(tmp_path):
    """Found as a user: SIGTERM to a counting run ended effbench (exit 143, one line), but its workers, busy
    counting a slow sample, ran on as nobody under init with their private /tmp still mounted: setpriv's change of
    uid cleared the parent-death signal bubblewrap had set (--die-with-parent), so killing bubblewrap, as a stopped
    run's clean-up does, no longer killed the worker.  As root (CI runs the suite so; the unprivileged worker's
    uid is bubblewrap's own mapping, never changed)."""
    import os
    import threading

    import psutil
    if os.geteuid() != 0:
        pytest.skip("the worker changes uid only when effbench runs as root (CI runs the suite as root)")
    r = ProcessSandbox(slot=5, counter="callgrind")
    r.put_input("n", marshal.dumps([10 ** 9]))
    r.start()
    assert r.proc is not None
    inside = psutil.Process(r.proc.pid).children(recursive=True)
    assert inside and all(p.uids().real == 65534 for p in inside), inside
    busy = threading.Thread(target=r.execute, args=("def f(n):\n    while True:\n        pass\n", "f", ["n"],
                                                   Limits(wall_limit=120, cpu_limit=120)), daemon=True)
    busy.start()
    time.sleep(2)  # counting the sample now
    r.stop()  # as a stopping run does (SIGTERM): the run in flight returns at once, as a dead worker's
    busy.join(30)
    assert not busy.is_alive()
    r.close()  # then its owner removes the worker: bubblewrap killed
    gone, alive = psutil.wait_procs(inside, timeout=10)
    assert not alive, [(p.pid, p.name()) for p in alive]


@pytest.mark.sandbox
def test_a_sandboxs_processes_are_found_with_or_without_the_kernels_children_file(monkeypatch):
    """What the clean-up above kills is read from /proc/PID/task/PID/children; a kernel built without it
    (CONFIG_PROC_CHILDREN) is faked by refusing that file, and the stat lines give the same processes."""
    import builtins
    import os
    import subprocess

    from effbench.sandbox import process
    child = subprocess.Popen(["sleep", "60"])
    try:
        listed = process._children(os.getpid())
        real_open = builtins.open

        def no_children_file(path, *args, **kwargs):
            if str(path).endswith("/children"):
                raise FileNotFoundError(path)
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", no_children_file)
        scanned = process._children(os.getpid())
        monkeypatch.undo()
        assert child.pid in listed and sorted(scanned) == sorted(listed)
    finally:
        child.kill()
        child.wait()


@pytest.mark.sandbox
def test_private_tmp_of_a_dead_effbench_process_is_reaped():
    import subprocess

    from effbench.sandbox import private_tmp
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = private_tmp.ROOT / f"{private_tmp.PREFIX}{dead.pid}-0-test"
    stale.mkdir()
    (stale / "left-over").write_text("x")
    fresh = private_tmp.create(7)
    try:
        assert not stale.exists()
        assert fresh.exists()
    finally:
        private_tmp.remove(fresh)


# The input effbench drew for level 2 of a copy of the fixture task prefix-max (tests/small_suite.py, sizes
# [5, 20, 40, 80]), and the job it was counted in there: the job below was counted 8 instructions lower as one of a
# fresh worker's first six runs than as its 7th or later, which --jobs 1 and --jobs 2 reached in different orders.
PREFIX_MAX_INPUT = [830836, 81237, -116992, 334546, -363946, -792509, -381020, -584160, 264700, 25653, 522688, 116323,
                    -292206, 633213, -463006, -708935, 777311, -834148, 209921, 234390, -392431, 806961, 952708,
                    -829940, -84243, -499937, -371676, 8614, -256110, 833474, -35316, -329803, -62312, 48204,
                    -462770, -324391, 269058, 191962, 525520, 624102]


@pytest.mark.sandbox
def test_a_runs_count_does_not_depend_on_how_many_runs_its_worker_made_before():
    """A worker's counted runs are forked by its zygote (runners/zygote.py), whose own loop changed state over its
    first forks (CPython's adaptive interpreter rewrites a loop's code a few passes in): the same program on the same
    input counted differently as a fresh worker's 1st to 6th run and as its 7th and later.  So which runs came
    before decided a count, and --jobs 2, which shares a task's runs out over two workers, counted otherwise than
    --jobs 1.  The first run of a fresh worker counts what its 7th does."""
    code = (FIXTURES / "prefix-max" / "solutions" / "loop.py").read_text()
    fresh = ProcessSandbox(slot=5, counter="callgrind")
    fresh.put_input("xs", marshal.dumps([PREFIX_MAX_INPUT]))
    try:
        counts = [count(fresh, code, "xs", "prefix_max", Limits(wall_limit=60, cpu_limit=2, memory_mb=256))
                  for _ in range(7)]
    finally:
        fresh.close()
    assert len(set(counts)) == 1, counts


@pytest.mark.sandbox
def test_no_sample_moves_a_later_samples_count_whatever_branch_of_the_zygote_it_takes(counter):
    """Every counted child is forked from the zygote's state (runners/zygote.py), so whatever a child has the
    zygote do otherwise -- drain bytes it left in the control pipe, leave a pipe size it cannot set back, report
    another wait status -- could change what every later child inherits, and with it their counts: one sample
    would move other samples' counts, and counts would follow the order of the runs again.  Before, a sample that
    wrote 60,000 bytes into its control pipe had every later count of a job that allocates 12 instructions lower:
    the zygote's buffer for them changed its C heap (which sizes do depends on the heap's layout, hence drains of
    8,000 to 56,000 bytes).  One that filled the pipe hung its worker (test_sample_breaks_its_process.py).  Each
    branch (tests/zygote_branches.py; the zygote's twice) between two countings of the same jobs: the counts
    agree."""
    counter.put_input("empty", marshal.dumps([]))
    counter.put_input("pm", marshal.dumps([PREFIX_MAX_INPUT]))
    prefix_max = (FIXTURES / "prefix-max" / "solutions" / "loop.py").read_text()

    def counts() -> tuple[int, int]:
        return count(counter, HEAP_PROBE, "empty"), count(counter, prefix_max, "pm", "prefix_max")

    before = counts()
    for again in (False, True):  # twice, so that a branch's second pass runs what its first may have specialised
        for branch in (b for b in BRANCHES if not (again and b.once)):
            ex = counter.execute(branch.code, "f", ["empty"], branch.limits)
            assert ex.status == branch.status and branch.detail in (ex.detail or ""), (branch.name, ex.detail)
            assert branch.outputs is None or ex.outputs == branch.outputs, (branch.name, ex.outputs)
        with pipe_budget_spent():  # the sizes a sample shrinks cannot be set back before the next fork
            assert counter.execute(SHRINK, "f", ["empty"], BRANCH_LIMITS).outputs == [[4096, 4096]]
            left = counter.execute(SIZES, "f", ["empty"], BRANCH_LIMITS)
        assert left.outputs == [[4096, 4096]], left.outputs  # the zygote's reset was refused, and went on
    assert [counts(), counts()] == [before, before]
