"""Declared complexities read in the size a sweep grows, with a task's [complexity_variables] (scoring.declared)."""
from __future__ import annotations

import shutil

import pytest
from hypothesis import given, strategies as st

from effbench.errors import TaskError
from effbench.scoring.complexity import CLASSES
from effbench.scoring.declared import DeclarationError, declared_class, single_variable, variable_growths
from effbench.tasks.task import load_task

from .conftest import FIXTURE_TASKS

GRID = {"R": "sqrt(size)", "C": "sqrt(size)"}


@pytest.mark.parametrize("text,variables,cls", [
    ("O(n * k log k)", {"k": "1"}, "n"),                       # word lengths bounded: the sort per word is too
    ("O(n * k log k)", {}, "n^2"),                             # unlisted variables are the size
    ("O(R * C)", GRID, "n"),                                   # a square grid of size cells
    ("O(R * C * passes)", {**GRID, "passes": "log size"}, "n log n"),
    ("O(popcount(n)) per query", {"n": "1"}, "n"),             # n a bounded value, the size the number of queries
    ("O(log n) per query", {"n": "1"}, "n"),
    ("O((r + m) log n), r = matching pairs", {"r": "size^2"}, "n^2"),
    ("O(n + d log k)", {"k": "1"}, "n"),
    ("O(n * |D|)", {"D": "1"}, "n"),
    ("O(m * A^2 / c)", {"m": "1", "c": "1"}, "n^2"),
    ("O(len(code) + len(output))", {}, "n"),                   # len(x) is x's size, not a log of it
    ("O(len(code) * len(output))", {"code": "sqrt(size)", "output": "sqrt(size)"}, "n"),
    ("O(popcount(x))", {}, "log n"),                           # any other function of something: at most its log
])
def test_variables_read_as_their_growth_in_the_size(text, variables, cls):
    assert declared_class(text, variables) == (cls, "")


@pytest.mark.parametrize("text,variables", [
    ("O(n * d)", {"d": "sqrt(size)"}),
    ("O(V * R + E)", {"R": "size^0.7"}),
])
def test_a_variable_growing_between_powers_leaves_the_declaration_between_classes(text, variables):
    cls, why = declared_class(text, variables)
    assert cls is None and "between the classes" in why


@pytest.mark.parametrize("variables,words", [
    ({"k": "m + 1"}, "unknown name 'm'"),       # a growth is in the size alone
    ({"k": "size ** 2"}, "unexpected"),
    ({"log": "1"}, "not a variable name"),
    ({"size": "1"}, "not a variable name"),
])
def test_a_growth_that_does_not_read_is_refused_with_its_variable(variables, words):
    with pytest.raises(DeclarationError, match=words):
        variable_growths(variables)


@given(st.dictionaries(st.sampled_from("abcdk"), st.integers(0, 3), min_size=1, max_size=4),
       st.dictionaries(st.sampled_from("abcdk"), st.sampled_from(["1", "size"])))
def test_a_product_grows_by_the_sum_of_its_variables_powers(powers, growths):
    """A product of variables, each to a power, each the size or bounded: its class is the size to the sum of the
    powers of the variables that grow (a product of bounded variables is constant)."""
    text = "O(" + " * ".join(f"{v}^{p}" for v, p in powers.items()) + ")"
    total = sum(p for v, p in powers.items() if growths.get(v, "size") == "size")
    want = {0: "1", 1: "n", 2: "n^2", 3: "n^3"}.get(total)
    cls, why = declared_class(text, growths)
    assert cls == want and (why == "") == (want is not None)
    assert want is None or want in CLASSES


def test_single_variable_only_when_n_is_the_size():
    assert single_variable("O(n log n)", {"k": "1"}) and single_variable("O(n)", {"n": "size"})
    assert not single_variable("O(log n) per query", {"n": "1"})


def test_the_loader_refuses_a_growth_that_does_not_read(tmp_path):
    task = tmp_path / "prefix-max"
    shutil.copytree(FIXTURE_TASKS / "prefix-max", task)
    manifest = task / "task.toml"
    text = manifest.read_text()
    manifest.write_text(text + '\n[complexity_variables]\nk = "1"\n')
    assert load_task(task).complexity_variables == {"k": "1"}
    manifest.write_text(text + '\n[complexity_variables]\nk = "q"\n')
    with pytest.raises(TaskError, match="complexity variable k"):
        load_task(task)
    manifest.write_text(text + '\n[complexity_variables]\nk = 1\n')
    with pytest.raises(TaskError, match="complexity_variables"):
        load_task(task)


DEEP = "(" * 3000 + "size" + ")" * 3000


@pytest.mark.parametrize("text", [DEEP, "log " * 3000 + "size"])
def test_a_growth_nested_thousands_deep_is_one_line_in_tasks_list_and_show(tmp_path, text):
    """The reader recursed once per parenthesis (or log): a task.toml's growth nested 3000 deep ended tasks list
    and tasks show in a RecursionError."""
    from click.testing import CliRunner

    from effbench.cli.main import main
    task = tmp_path / "prefix-max"
    shutil.copytree(FIXTURE_TASKS / "prefix-max", task)
    (task / "task.toml").write_text((task / "task.toml").read_text() + f'\n[complexity_variables]\nk = "{text}"\n')
    for args in (["tasks", "list"], ["tasks", "show", "prefix-max"]):
        res = CliRunner().invoke(main, [*args, "--tasks-dir", str(tmp_path)])
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr[-300:])
        assert f"{task / 'task.toml'}: complexity variable k = " in res.stderr and len(res.stderr) < 400


def test_a_declaration_nested_thousands_deep_has_no_class():
    cls, why = declared_class("O(" + DEEP + ")")
    assert cls is None and why == "unreadable: nested too deeply"


def test_the_document_judges_references_by_their_tasks_variables():
    """derive_document reads each task's variables from the document's meta: the same sweep matches a declaration
    in a bounded k, and misses it when k is read as the size."""
    from effbench.scoring.complexity_summary import derive_document
    sizes = [2 ** i for i in range(6, 16)]
    sweep = {"task": "t", "subject": "ref:r", "failure": "",
             "points": [{"size": s, "cost": 1e5 + 40.0 * s} for s in sizes]}
    meta = {"plan": {"measure": "instructions"}, "models": {},
            "tasks": {"t": {"expert": "ref:r", "declared": {"r": "O(n * k)"}, "variables": {"k": "1"}}}}
    acc = derive_document({"meta": meta, "sweeps": [sweep]})["accuracy"]
    assert (acc["matched"], acc["compared"]) == (1, 1)
    del meta["tasks"]["t"]["variables"]  # a document written before the table: every variable is the size
    acc = derive_document({"meta": meta, "sweeps": [sweep]})["accuracy"]
    assert (acc["matched"], acc["compared"]) == (0, 1) and acc["misses"][0]["declared_class"] == "n^2"


def test_other_shapes_spread_is_not_the_noise_of_a_sweep_with_one_seed():
    """A quadratic sweep whose replicates (other seeds, so other shapes: a tree's reach from 2 to 100) cost 1 to 8
    times as much: as the noise of a sweep with a seed per size it makes every class fit, and the constant wins;
    a sweep with one seed shares its shape across sizes, and is quadratic."""
    from effbench.scoring.complexity_summary import classify
    sizes = [4 * 2 ** i for i in range(12)]
    costs = [1.4e6 + 300.0 * n + 7.0 * n * n for n in sizes]
    sweep = {"task": "t", "subject": "ref:r", "failure": "",
             "points": [{"size": n, "cost": c} for n, c in zip(sizes, costs)],
             "replicates": {"size": sizes[8], "costs": [costs[8], 2 * costs[8], 8 * costs[8]]}}
    assert classify(sweep, common_inputs=True).cls == "n^2"
    assert classify(sweep).cls != "n^2"
