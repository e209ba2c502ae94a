"""ENAMEL's and EvalPlus's samples files read against imported tasks (tests/datasets.py's fixture files): problem
indices and origin task ids mapped to the imported tasks, a body or a whole function made the program ENAMEL would
run, and a file that is not what it claims a one-line error that says where."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from effbench.errors import SampleError
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS
from .datasets import ENAMEL_SAMPLES, EVALPLUS_SAMPLES


def test_enamel_samples_map_problem_indices_to_imported_tasks(enamel_dir):
    suite = {t.id: t for t in load_suite(enamel_dir)}
    raw = json.loads(ENAMEL_SAMPLES.read_text())
    for fmt in ("auto", "enamel"):
        samples = load_samples(ENAMEL_SAMPLES, suite, fmt=fmt)
        assert [s.task_id for s in samples] == [f"enamel-toy-{i}" for i in raw for _ in raw[i]]
        assert samples[0].code == suite["enamel-toy-0"].prompt + "\n" + raw["0"][0]  # a body: after the prompt
        assert samples[1].code == raw["0"][1]  # a whole function (the prompt has nothing else): as it is
        assert [s.key for s in samples[:2]] == ["default/enamel-toy-0/0", "default/enamel-toy-0/1"]
    with pytest.raises(SampleError, match="not ENAMEL samples"):
        load_samples(EVALPLUS_SAMPLES, suite, fmt="enamel")
    with pytest.raises(SampleError, match="problem 9: no imported ENAMEL task"):
        load_samples(write(enamel_dir.parent / "s9.json", json.dumps({"9": ["pass"]})), suite)


def test_enamel_list_samples_as_enamel_ships_them(enamel_dir):
    """ENAMEL's shipped files are a JSON list indexed by problem (every problem, imported or not), each code
    already holding the prompt: it must not be prepended (and compiled, and timed) a second time."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    prompt = suite["enamel-toy-1"].prompt
    whole = prompt + "    return 0\n"
    codes = [["    return 0\n"], [whole], [], ["pass"], ["x"]]  # problems 3 and 4 were not imported: skipped
    for fmt in ("auto", "enamel"):
        samples = load_samples(write(enamel_dir.parent / "list.json", json.dumps(codes)), suite, fmt=fmt)
        assert [(s.task_id, s.code) for s in samples] == [
            ("enamel-toy-0", suite["enamel-toy-0"].prompt + "\n" + "    return 0\n"), ("enamel-toy-1", whole)]


def test_enamel_list_samples_with_no_imported_problem_say_what_to_import(enamel_dir, tmp_path):
    """ENAMEL's shipped list run against a suite that has none of its problems (the native suite, say): the error
    says so and how to import them, not only that there were no samples."""
    native = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    listed = write(tmp_path / "list.json", json.dumps([["pass"], ["x"], []]))
    with pytest.raises(SampleError) as caught:
        load_samples(listed, native)
    assert str(caught.value) == (f"{listed}: none of its 3 problems is an imported ENAMEL task (import them with "
                                 f"`effbench import enamel enamel.csv --out DIR`, then run with --tasks-dir DIR)")


def test_enamel_list_samples_with_every_entry_empty_say_no_samples(enamel_dir, tmp_path):
    """A list with no code at all (a model that produced nothing) has no samples: it was said to have samples, but
    only of other tasks, since its entries for problems not imported (empty too) were counted as samples skipped."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    listed = write(tmp_path / "empty.json", json.dumps([[], [], [], [], []]))  # problems 3 and 4 not imported
    with pytest.raises(SampleError) as caught:
        load_samples(listed, suite)
    assert str(caught.value) == f"{listed}: no samples"
    other = write(tmp_path / "other.json", json.dumps([[], [], [], ["pass"], []]))  # code only for problem 3
    with pytest.raises(SampleError, match="has samples, but only of other tasks"):
        load_samples(other, suite)


@pytest.mark.parametrize("indent", [None, 1], ids=["one-line", "pretty"])
def test_a_flat_list_of_code_strings_says_what_it_is_and_what_enamels_format_is(enamel_dir, indent):
    """A user's first ENAMEL file, one code per problem (`json.dump([c[0] for c in codes], f)`), was read as JSONL:
    told to "write each sample as an object on a line" (or, pretty-printed, "line 1: invalid JSON"), when an
    ENAMEL entry is a list of code strings.  One line now says what the file is and what ENAMEL's are."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    flat = write(enamel_dir.parent / "flat.json", json.dumps(["    return 0\n", "    return 1\n"], indent=indent))
    for fmt in ("auto", "enamel"):
        with pytest.raises(SampleError) as caught:
            load_samples(flat, suite, fmt=fmt)
        assert str(caught.value) == (
            f"{flat}: a JSON list of 2 string(s), not samples: ENAMEL's samples are a list with an entry per problem, "
            "each entry a list of that problem's code strings ([[code, ...], ...]); effbench's are JSONL, a JSON "
            "object per line")


def test_enamel_whole_function_keeps_the_prompts_imports_and_helpers():
    from effbench.importers.enamel_samples import program
    prompt = 'import math\nFIX = 1\n\ndef helper(x):\n    return x\n\n\ndef f(n):\n    """Doc."""\n'
    code = "def f(n):\n    return helper(math.floor(n)) + FIX\n"
    made = program(prompt, "f", code)
    assert '"""Doc."""' not in made and made.endswith(code)
    scope = {}
    exec(made, scope)
    assert scope["f"](2.5) == 3
    assert program(prompt, "f", "    return 1\n") == prompt + "\n    return 1\n"
    assert program(prompt, "f", "def f(:\n") == prompt + "\ndef f(:\n"  # fails in the sandbox, as in ENAMEL


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_evalplus_samples_use_origin_task_ids(evalperf_dir, enamel_dir):
    suite = {t.id: t for t in load_suite(evalperf_dir)}
    for fmt in ("auto", "evalplus"):
        samples = load_samples(EVALPLUS_SAMPLES, suite, fmt=fmt)
        assert {s.task_id for s in samples} == {"evalperf-toy-7", "evalperf-toy-8"}  # "Toy_8" too
    completion = next(s for s in samples if s.info.model == "completion")
    assert completion.code == suite["evalperf-toy-7"].prompt + "    return sum(i * i for i in range(n + 1))\n"
    with pytest.raises(SampleError, match="unknown task id 'Toy/7'"):
        load_samples(EVALPLUS_SAMPLES, suite, fmt="effbench")
    both = enamel_dir.parent / "both"
    for src in (evalperf_dir / "evalperf-toy-7", enamel_dir / "enamel-toy-0"):
        shutil.copytree(src, both / src.name)
    manifest = both / "enamel-toy-0" / "task.toml"
    manifest.write_text(manifest.read_text().replace('task_id = "Toy/0"', 'task_id = "Toy/7"'))
    mixed = {t.id: t for t in load_suite(both)}
    with pytest.raises(SampleError, match="names several imported tasks"):
        load_samples(EVALPLUS_SAMPLES, mixed, keep_unknown_tasks=True)


@pytest.mark.parametrize("key", ["\u00b2", "9" * 5000, "1.5"])
def test_enamel_object_keys_that_are_no_problem_index_are_one_line(enamel_dir, key):
    """An object keyed by problem index whose key int() cannot read (a superscript digit, which isdigit() accepts;
    5000 digits, past Python's int-to-str limit) was a ValueError traceback."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    path = write(enamel_dir.parent / "keys.json", json.dumps({"0": ["pass"], key: ["pass"]}))
    with pytest.raises(SampleError) as caught:
        load_samples(path, suite)
    assert str(caught.value).startswith(f"{path}") and "\n" not in str(caught.value)


def test_enamel_object_with_a_negative_index_names_that_problem(enamel_dir):
    suite = {t.id: t for t in load_suite(enamel_dir)}
    path = write(enamel_dir.parent / "neg.json", json.dumps({"0": ["pass"], "-1": ["pass"]}))
    with pytest.raises(SampleError, match=r"problem -1: no imported ENAMEL task"):
        load_samples(path, suite)


@pytest.mark.parametrize("fmt", ["auto", "enamel"])
def test_enamel_json_that_is_broken_or_followed_by_text_says_where(enamel_dir, fmt):
    """ENAMEL's samples are one JSON document, often pretty-printed.  Text after it (a stray line) was read as
    JSONL and reported at line 1 as 'each line must be a JSON object'; a document broken on line 40 was
    'line 1: invalid JSON (Expecting value at column 2)'.  Both name the line now."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    codes = json.loads(ENAMEL_SAMPLES.read_text())
    after = write(enamel_dir.parent / "after.json", json.dumps(codes) + "\n\ngarbage\n")
    with pytest.raises(SampleError) as caught:
        load_samples(after, suite, fmt=fmt)
    assert str(caught.value) == f"{after}: line 3: text after the end of ENAMEL's samples (one JSON document)"
    pretty = json.dumps(codes, indent=1).splitlines()
    broken = write(enamel_dir.parent / "broken.json", "\n".join(pretty[:4] + ["  ,"] + pretty[4:]))
    with pytest.raises(SampleError) as caught:
        load_samples(broken, suite, fmt=fmt)
    assert str(caught.value).startswith(f"{broken}: invalid JSON (") and "line 5 column" in str(caught.value)
