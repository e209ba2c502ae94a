"""The pytest plugin for task authors (effbench/pytest_plugin.py), run through pytester in a subprocess on temp copies
of the fixture task: items pass on a good task, fail with the validator's message on a broken copy (a wrong
reference, a non-deterministic generator, tiers out of order), honour -k and -x, and stay out of a project's own
test run.  The entry point is only live after (re)installing, so the runs load the plugin with
``-p effbench.pytest_plugin`` (a no-op where the entry point already loaded it: it has the module's name); one test
builds the wheel and checks the entry point in its metadata."""
from __future__ import annotations

import shutil
import tomllib
import zipfile
from pathlib import Path

import pytest

from .conftest import FIXTURE_TASKS

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ("-p", "effbench.pytest_plugin")
RESCAN = "solutions/rescan.py"


@pytest.fixture
def suite(pytester) -> Path:
    """A copy of the fixture suite (one task, prefix-max) in pytester's temp dir."""
    dest = pytester.path / "tasks"
    shutil.copytree(FIXTURE_TASKS, dest)
    return dest


def run(pytester, *args):
    return pytester.runpytest_subprocess(*PLUGIN, "-p", "no:cacheprovider", "-p", "no:randomly", *map(str, args),
                                         timeout=600)


def test_items_pass_on_a_good_task(pytester, suite):
    res = run(pytester, suite, "--effbench-fast", "-v")
    res.assert_outcomes(passed=6)
    res.stdout.fnmatch_lines(["*prefix-max/task.toml::manifest PASSED*", "*::generator PASSED*",
                              "*::expert PASSED*", "*::checker PASSED*", "*::reference?rescan? PASSED*",
                              "*::reference?accumulate? PASSED*"])


def test_effbench_tasks_option_and_selection(pytester, suite):
    res = run(pytester, "--effbench-tasks", suite, "--effbench-fast", "-k", "generator or rescan", "-v")
    res.assert_outcomes(passed=2, deselected=4)
    res.stdout.fnmatch_lines(["*::generator PASSED*", "*::reference?rescan? PASSED*"])


def test_a_wrong_reference_fails_its_item_with_a_readable_message(pytester, suite):
    (suite / "prefix-max" / RESCAN).write_text(
        "def prefix_max(nums):\n    out = [max(nums[:i + 1]) for i in range(len(nums))]\n"
        "    return out[:-1] + [0] if len(nums) > 9 else out\n")
    res = run(pytester, suite, "--effbench-fast")
    res.assert_outcomes(passed=5, failed=1)
    res.stdout.fnmatch_lines(["*task prefix-max: reference[[]rescan[]]: "
                              "tier rescan disagrees with the expert at level 1 test 0*"])
    assert "Traceback" not in res.stdout.str()


def test_each_pool_member_is_an_item_and_a_wrong_one_fails_with_its_file(pytester, suite):
    pool = suite / "prefix-max" / "pool"
    pool.mkdir()
    (pool / "good.py").write_text("import itertools\ndef prefix_max(nums):\n"
                                  "    return list(itertools.accumulate(nums, max))\n")
    (pool / "bad.py").write_text("def prefix_max(nums):\n    return sorted(nums)\n")
    res = run(pytester, suite, "--effbench-fast", "-v")
    res.assert_outcomes(passed=7, failed=1)
    res.stdout.fnmatch_lines(["*::pool?pool/good? PASSED*",
                              "*task prefix-max: pool[[]pool/bad[]]: pool member pool/bad.py disagrees with the "
                              "expert on hand case *"])


def test_a_nondeterministic_generator_fails_and_x_stops_there(pytester, suite):
    (suite / "prefix-max" / "generator.py").write_text(
        "import random\ndef generate(size, rng):\n    return [[random.randint(0, 9) for _ in range(size)]]\n")
    res = run(pytester, suite, "--effbench-fast", "-x")
    res.assert_outcomes(passed=1, failed=1)
    res.stdout.fnmatch_lines(["*task prefix-max: generator: generator is not deterministic at level 0*"])


@pytest.mark.slow
def test_tiers_out_of_order_fail_the_tier_order_item(pytester, suite):
    """The O(n^2) file declared as the middle tier and the O(n) one with a max() call as the slowest."""
    manifest = suite / "prefix-max" / "task.toml"
    text = manifest.read_text()
    swapped = (text.replace('file = "solutions/rescan.py"', 'file = "X"')
               .replace('file = "solutions/accumulate.py"', 'file = "solutions/rescan.py"')
               .replace('file = "X"', 'file = "solutions/accumulate.py"'))
    assert swapped != text
    manifest.write_text(swapped)
    res = run(pytester, suite, "-k", "tier", "-v")
    res.assert_outcomes(failed=1, deselected=6)
    res.stdout.fnmatch_lines(["*task prefix-max: tier-order: tiers out of order at level 3: rescan * is not slower "
                              "than accumulate *"])


def run_cached(pytester, *args):
    """As `run`, with pytest's cache (--lf, --sw) on, as a task author's runs have it."""
    return pytester.runpytest_subprocess(*PLUGIN, "-p", "no:randomly", *map(str, args), timeout=600)


def _break_generator_and_rescan(suite: Path) -> None:
    (suite / "prefix-max" / "generator.py").write_text(
        "import random\ndef generate(size, rng):\n    return [[random.randint(0, 9) for _ in range(size)]]\n")
    (suite / "prefix-max" / RESCAN).write_text("def prefix_max(nums):\n    return sorted(nums)\n")


def test_last_failed_reruns_the_failed_reference_items(pytester, suite):
    """`--lf` reruns every item that failed, `reference[NAME]` too: pytest 9.2 reads a cached id's brackets as
    parameters (pytest-dev/pytest#15045), so an item whose own name held them never matched its cache entry and
    `--lf` left the failing reference out, reporting the rest."""
    _break_generator_and_rescan(suite)
    first = run_cached(pytester, suite, "--effbench-fast", "-v")
    first.assert_outcomes(passed=4, failed=2)
    again = run_cached(pytester, suite, "--effbench-fast", "--lf", "-v")
    again.stdout.fnmatch_lines(["run-last-failure: rerun previous 2 failures*", "*::generator FAILED*",
                                "*::reference?rescan? FAILED*"])
    again.assert_outcomes(failed=2)


def test_stepwise_resumes_at_the_failed_reference_item(pytester, suite):
    """`--sw` stops at the first failure and the next run starts at that item: a `reference[NAME]` one too."""
    (suite / "prefix-max" / RESCAN).write_text("def prefix_max(nums):\n    return sorted(nums)\n")
    run_cached(pytester, suite, "--effbench-fast", "--sw").assert_outcomes(passed=4, failed=1)
    again = run_cached(pytester, suite, "--effbench-fast", "--sw", "-v")
    again.stdout.fnmatch_lines(["*::reference?rescan? FAILED*"])
    again.assert_outcomes(failed=1, deselected=4)


def test_a_broken_manifest_is_one_failing_item(pytester, suite):
    (suite / "prefix-max" / "task.toml").write_text('id = "prefix-max"\n')
    res = run(pytester, suite)
    res.assert_outcomes(failed=1)
    res.stdout.fnmatch_lines(["*task prefix-max: manifest: *"])


def test_a_tier_file_that_does_not_read_fails_the_manifest_item(pytester, suite):
    """As `tasks validate` does (a tiers.json every run refuses): the item passed it, checking the references'
    count alone (found as a user: `pytest tasks/` green, `effbench run` exit 2 on the same task)."""
    (suite / "prefix-max" / "tiers.json").write_text('{"task_id": "prefix-max", "tiers": "none"}')
    res = run(pytester, suite, "--effbench-fast", "-k", "manifest")
    res.assert_outcomes(failed=1, deselected=5)
    res.stdout.fnmatch_lines([f"*task prefix-max: manifest: {suite / 'prefix-max' / 'tiers.json'}: "
                              "not a valid tier file*"])


@pytest.mark.parametrize("how", ["marker", "benchmark-only"])
def test_items_skipped_by_a_marker_or_pytest_benchmark_are_reported_skipped(pytester, suite, how):
    """A skip marker (a conftest's, or pytest-benchmark's --benchmark-only, which skips every test without its
    fixture) is reported at the item's location: a location without a line number was pytest's INTERNALERROR,
    which ended the whole session."""
    if how == "marker":
        pytester.makeconftest("import pytest\n\ndef pytest_collection_modifyitems(items):\n"
                              "    for item in items:\n        item.add_marker(pytest.mark.skip(reason='not now'))\n")
        res = run(pytester, suite, "--effbench-fast", "-rs")
    else:
        res = run(pytester, suite, "--effbench-fast", "-rs", "--benchmark-only")
    assert "INTERNALERROR" not in res.stdout.str() + res.stderr.str()
    res.assert_outcomes(skipped=6)
    res.stdout.fnmatch_lines(["SKIPPED [[]6[]] *prefix-max/task.toml*"])


def test_the_projects_own_run_does_not_collect_task_folders(pytester):
    """testpaths = ["tests"] holding task fixtures, as this project has: `pytest` and `pytest tests/` collect the
    tests only; naming the fixture suite collects its tasks."""
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')
    tests = pytester.mkdir("tests")
    shutil.copytree(FIXTURE_TASKS, tests / "fixtures" / "tasks")
    (tests / "test_one.py").write_text("def test_one():\n    pass\n")
    for args in ((), ("tests",)):
        res = run(pytester, "--collect-only", "-q", *args)
        assert "task.toml" not in res.stdout.str()
        res.stdout.fnmatch_lines(["tests/test_one.py::test_one", "1 test collected*"])
    res = run(pytester, "--collect-only", "-q", "--effbench-fast", tests / "fixtures" / "tasks")
    res.stdout.fnmatch_lines(["*prefix-max/task.toml::manifest", "6 tests collected*"])


@pytest.mark.parametrize("form", [("--effbench-tasks=",), ("--effbench-tasks", "")], ids=["equals", "apart"])
def test_an_empty_effbench_tasks_is_a_usage_error(pytester, form):
    """Found as a user: `--effbench-tasks=$UNSET` (an empty value) collected and ran the current folder's task
    (``Path("")`` is ``.``); it is a usage error now, as pytest gives for a bad option value, and nothing runs."""
    shutil.copytree(FIXTURE_TASKS / "prefix-max", pytester.path / "prefix-max")
    res = run(pytester, *form, "--effbench-fast", "--collect-only", "-q")
    assert res.ret == pytest.ExitCode.USAGE_ERROR, res.stdout.str() + res.stderr.str()
    res.stderr.fnmatch_lines(["*error: argument --effbench-tasks: an empty path (give a folder of tasks, or a task "
                              "folder)"])
    assert "task.toml" not in res.stdout.str()


@pytest.mark.slow
def test_entry_point_declared_and_in_the_wheel(built_wheel):
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["pytest11"]
    assert declared == {"effbench.pytest_plugin": "effbench.pytest_plugin"}
    wheel = built_wheel  # as pip builds it, from a fresh copy of the checkout (tests/installed.py)
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points = zf.read(name).decode()
        assert "effbench/pytest_plugin.py" in zf.namelist()
    assert "[pytest11]\neffbench.pytest_plugin = effbench.pytest_plugin" in entry_points
