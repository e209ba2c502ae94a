"""Samples input: ``--model``, EvalPlus folders, gzip, and bad samples files as one line and exit 2 before anything
is measured.  Loading is tested on the library, the CLI through click's runner and as a subprocess (real runs in the
process sandbox on the fixture task)."""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from effbench.cli.main import main
from effbench.errors import SampleError
from effbench.importers import common, import_evalperf
from effbench.tasks.samples import load_samples, samples_name
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS, write_samples

SOL = FIXTURE_TASKS / "prefix-max" / "solutions"
SUITE = {t.id: t for t in load_suite(FIXTURE_TASKS)}
EVALPERF_JSONL = Path(__file__).parent / "fixtures" / "evalperf" / "evalperf.jsonl"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def row(**fields) -> dict:
    return {"task_id": "prefix-max", "solution": (SOL / "loop.py").read_text(), **fields}


def evalplus_folder(root: Path, task_dir: str, codes: list[str]) -> Path:
    for n, code in enumerate(codes):
        (root / task_dir).mkdir(parents=True, exist_ok=True)
        (root / task_dir / f"{n}.py").write_text(code)
    return root


# ---------------------------------------------------------------- --model
def test_model_names_samples_that_have_none_and_overrides_with_one_warning(tmp_path):
    path = write_samples(tmp_path / "s.jsonl", [row(), row(), row(model="other"), row(model="other")])
    warnings: list[str] = []
    samples = load_samples(path, SUITE, model="gpt-x", warn=warnings.append)
    assert [s.key for s in samples] == [f"gpt-x/prefix-max/{i}" for i in range(4)]
    assert len(warnings) == 1 and "2 sample(s)" in warnings[0] and "s.jsonl:3" in warnings[0]
    assert "'other'" in warnings[0]
    warnings.clear()
    assert {s.info.model for s in load_samples(path, SUITE, warn=warnings.append)} == {"default", "other"}
    assert warnings == []  # without --model nothing is overridden
    same = write_samples(tmp_path / "same.jsonl", [row(model="gpt-x"), row()])
    load_samples(same, SUITE, model="gpt-x", warn=warnings.append)
    assert warnings == []  # rows that agree are not a disagreement


def test_model_names_enamel_samples(tmp_path):
    # ENAMEL's files never carry a model: --model is the only way to name them (the importers' tests import them)
    folder = evalplus_folder(tmp_path / "f", "prefix-max", ["a", "b"])
    assert {s.info.model for s in load_samples(folder, SUITE, model="m1")} == {"m1"}


@pytest.mark.parametrize("name", ["", "  "])
def test_empty_model_name_is_refused(tmp_path, name):
    path = write_samples(tmp_path / "s.jsonl", [row()])
    res = invoke("run", path, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out", "--model", name)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "'model' must not be empty" in res.stderr
    assert not (tmp_path / "out").exists()


# A model name is shown in terminal tables, Markdown and HTML reports: a newline broke the table's rows, a NUL or a
# right-to-left override went to the terminal as it was, and a lone surrogate (valid JSON: "\ud800") ended the run
# and every report of it in a UnicodeEncodeError traceback after everything had been measured.
UNSHOWABLE = [("new\nline", "U+000A"), ("nul\x00", "U+0000"), ("tab\there", "U+0009"), ("lone\ud800", "U+D800"),
              ("bidi\u202eevil", "U+202E"), ("line\u2028sep", "U+2028")]


@pytest.mark.parametrize("name,code", UNSHOWABLE)
def test_a_model_name_that_cannot_be_shown_is_refused_at_its_line(tmp_path, name, code):
    path = write_samples(tmp_path / "s.jsonl", [row(), row(model=name)])
    with pytest.raises(SampleError, match=re.escape(f"s.jsonl:2: 'model' holds {code} (")) as caught:
        load_samples(path, SUITE)
    assert "\n" not in str(caught.value)
    id_path = write_samples(tmp_path / "i.jsonl", [row(sample_id=name)])
    with pytest.raises(SampleError, match=re.escape(f"i.jsonl:1: 'sample_id' holds {code} (")):
        load_samples(id_path, SUITE)


def test_a_model_option_that_cannot_be_shown_is_one_line_before_anything_runs(tmp_path):
    path = write_samples(tmp_path / "s.jsonl", [row()])
    res = invoke("run", path, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out", "--model", "a\x1b[31mred")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert "--model: 'model' holds U+001B (" in res.stderr
    assert not (tmp_path / "out").exists()


def test_names_that_show_as_themselves_are_kept(tmp_path):
    names = ["名前 with spaces", "a/b", "../../x", "[x](http://e) <b>|`*_", "x" * 300, "emoji 🚀"]
    path = write_samples(tmp_path / "s.jsonl", [row(model=n) for n in names])
    assert [s.info.model for s in load_samples(path, SUITE)] == names


# ---------------------------------------------------------------- EvalPlus folders and gzip
def test_evalplus_folder_loads_in_number_order(tmp_path):
    folder = evalplus_folder(tmp_path / "samples", "prefix-max", [f"# {n}\n" for n in range(12)])
    (tmp_path / "samples" / "prefix-max" / "notes.txt").write_text("ignored, as EvalPlus ignores it")
    (tmp_path / "samples" / "prefix-max" / "._3.py").write_bytes(b"\0\5\26\7")  # a Mac's AppleDouble: hidden, not
    samples = load_samples(folder, SUITE)  #                                        a sample (tasks.task.is_hidden)
    assert [s.info.sample_id for s in samples] == [str(n) for n in range(12)]
    assert [s.code for s in samples] == [f"# {n}\n" for n in range(12)]
    assert {s.info.model for s in samples} == {"default"}



def test_evalplus_folder_files_are_read_as_python_reads_them(tmp_path):
    """A .py file saved with a byte-order mark (a Windows editor) is valid Python, but the mark was kept in the
    sample's code, which then failed to compile ('invalid non-printable character U+FEFF'): a failed sample that
    Python itself runs.  CRLF line ends are read as Python reads them too."""
    code = (SOL / "loop.py").read_text()
    folder = evalplus_folder(tmp_path / "samples", "prefix-max", [code, code])
    (folder / "prefix-max" / "0.py").write_bytes(b"\xef\xbb\xbf" + code.encode())
    (folder / "prefix-max" / "1.py").write_bytes(code.replace("\n", "\r\n").encode())
    assert [s.code for s in load_samples(folder, SUITE)] == [code, code]

def test_evalplus_folder_resolves_origin_task_ids(tmp_path):
    tasks_dir = tmp_path / "tasks"
    import_evalperf(EVALPERF_JSONL, tasks_dir)
    suite = {t.id: t for t in load_suite(tasks_dir)}
    folder = evalplus_folder(tmp_path / "samples", "Toy_7", ["def sum_of_squares(n):\n    return 0\n"])
    samples = load_samples(folder, suite, model="m")
    assert [s.key for s in samples] == ["m/evalperf-toy-7/0"]


def test_gzip_jsonl_loads_like_the_plain_file(tmp_path):
    rows = [row(model="a"), row(model="b", sample_id="x")]
    plain = write_samples(tmp_path / "s.jsonl", rows)
    packed = tmp_path / "s.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert load_samples(packed, SUITE) == load_samples(plain, SUITE)


def test_a_byte_order_mark_is_not_part_of_the_samples(tmp_path):
    """Windows editors and PowerShell start UTF-8 files with one: it read as 'Unexpected UTF-8 BOM' on line 1."""
    plain = write_samples(tmp_path / "s.jsonl", [row(model="a"), row(model="b")])
    marked = tmp_path / "marked.jsonl"
    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    assert load_samples(marked, SUITE) == load_samples(plain, SUITE)
    gzipped = tmp_path / "marked.jsonl.gz"
    gzipped.write_bytes(gzip.compress(marked.read_bytes()))
    assert load_samples(gzipped, SUITE) == load_samples(plain, SUITE)


def test_a_json_array_of_rows_is_not_taken_for_enamels_list(tmp_path):
    """A JSON array of sample objects was read as ENAMEL's list (indexed by problem) and its rows skipped as problems
    not imported; it is effbench's row shape in the wrong container, and the error says so."""
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([row(model="a"), row(model="b")]))
    with pytest.raises(SampleError) as caught:
        load_samples(path, SUITE)
    assert str(caught.value) == (f"{path}:1: each line must be a JSON object (this one is a JSON array: write each "
                                 f"sample as an object on a line of its own)")


def test_default_run_directory_is_named_without_format_suffixes(tmp_path):
    assert [samples_name(Path(p)) for p in ("a/s.jsonl.gz", "a/s.jsonl", "a/evalplus-out", "a/s.json.gz")] == [
        "s", "s", "evalplus-out", "s"]


# ---------------------------------------------------------------- bad input: one line, exit 2, nothing measured
BAD_LINES = [
    ("[" * 100_000 + "]" * 100_000, "samples.jsonl:2: invalid JSON (nested too deeply)"),
    (json.dumps(row(model=3)), "samples.jsonl:2: 'model' must be a string, not int 3"),
    (json.dumps(row(model=["a"])), "samples.jsonl:2: 'model' must be a string, not list"),
    (json.dumps(row(sample_id=7)), "samples.jsonl:2: 'sample_id' must be a string, not int 7"),
    (json.dumps(row(sample_id={"a": 1})), "samples.jsonl:2: 'sample_id' must be a string, not dict"),
    (json.dumps(row(sample_id="")), "samples.jsonl:2: 'sample_id' must not be empty"),  # was the key 'm/t/'
    (json.dumps(row(completion="    return []\n")), "samples.jsonl:2: has both 'solution' and 'completion'"),
    ('{"sample_id": ' + "9" * 5000 + "}", "samples.jsonl:2: invalid JSON (a number with too many digits)"),
    ('{"task_id": "prefix-max", "solution": "x', "samples.jsonl:2: invalid JSON (Unterminated string starting at "
                                                 "column 39)"),  # (was 'starting at at column')
]


@pytest.mark.parametrize("line, message", BAD_LINES, ids=["deep", "int-model", "list-model", "int-sample-id",
                                                          "dict-sample-id", "empty-sample-id", "both-codes",
                                                          "5000-digit-int", "torn"])
def test_bad_samples_lines_are_one_line_and_exit_2(tmp_path, line, message):
    path = tmp_path / "samples.jsonl"
    path.write_text(json.dumps(row()) + "\n" + line + "\n")
    res = invoke("run", path, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out")
    assert res.exit_code == 2, res.stderr
    assert message in res.stderr and res.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()  # checked before anything is measured


@pytest.mark.parametrize("text, reason", [('{"0": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
                                          ('{"0": [' + "9" * 5000 + "]}", "a number with too many digits")])
def test_an_enamel_style_file_python_cannot_read_is_one_line(tmp_path, text, reason):
    """(a 5000-digit integer, past Python's int-to-str limit, was a ValueError traceback from ENAMEL's reader)"""
    path = tmp_path / "samples.json"
    path.write_text(text)
    with pytest.raises(SampleError, match=reason):
        load_samples(path, SUITE)


@pytest.mark.parametrize("layout", ["empty", "flat-files", "no-py"])
def test_a_folder_that_is_not_evalplus_is_one_line(tmp_path, layout):
    folder = tmp_path / "dir"
    folder.mkdir()
    if layout == "flat-files":
        (folder / "0.py").write_text("x = 1\n")
    elif layout == "no-py":
        (folder / "prefix-max").mkdir()
        (folder / "prefix-max" / "0.txt").write_text("x = 1\n")
    res = invoke("run", folder, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "not an EvalPlus samples folder" in res.stderr
    assert not (tmp_path / "out").exists()


def test_a_task_suite_given_as_samples_is_one_line(tmp_path):
    """Found through the GitHub Action's samples input: a task suite folder (<task>/task.toml and .py files) was
    read as an EvalPlus folder, and its generator and expert files measured as one model's samples."""
    res = invoke("run", FIXTURE_TASKS, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.output
    assert f"{FIXTURE_TASKS}: a task suite (prefix-max holds a task.toml), not samples" in res.stderr
    assert not (tmp_path / "out").exists()


def test_bad_gzip_is_one_line(tmp_path):
    path = tmp_path / "s.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"task_id": "prefix-max"}\n' * 50)[:30])
    res = invoke("run", path, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "not a readable gzip file" in res.stderr


@pytest.mark.parametrize("packed", [True, False], ids=["gzip", "plain"])
def test_a_samples_file_past_the_limit_is_one_line_and_costs_no_more_memory_than_the_limit(tmp_path, monkeypatch,
                                                                                           packed):
    """Found as a user: 2 GB of spaces, gzipped (2 MB), were decompressed whole and copied (4.2 GB of memory, 20 s)
    before the reader said "no samples".  The file is read as a stream, to the limit and no further.  The limit is
    lowered here (the real one is hundreds of MB) so that 64 MiB of spaces show the bound in a moment."""
    monkeypatch.setattr(common, "MAX_READ_BYTES", 4 << 20)
    path = tmp_path / "bomb.jsonl.gz"
    with (gzip.open if packed else open)(path, "wb") as f:
        for _ in range(64 if packed else 5):  # a plain file is its size on disk: 5 MiB is past 4
            f.write(b" " * (1 << 20))
    tracemalloc.start()
    try:
        with pytest.raises(SampleError) as refused:
            load_samples(path, SUITE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 << 20, f"{peak >> 20} MiB held to refuse a file past 4 MiB"
    assert f"{path}: over 4 MiB{' once decompressed' if packed else ''}, the most" in str(refused.value)
    res = invoke("run", path, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "over 4 MiB" in res.stderr, res.output
    assert not (tmp_path / "out").exists()


@settings(max_examples=150, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=12),
       st.sampled_from(["task_id", "model", "sample_id", "solution", "completion"]))
def test_any_json_value_in_any_field_loads_or_is_a_sample_error(value, field):
    """Fuzz: whatever a line holds, the loader either reads it or says why (SampleError), never another exception."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = write_samples(Path(tmp) / "s.jsonl", [{**row(), field: value}])
        try:
            samples = load_samples(path, SUITE)
        except SampleError as exc:
            assert "\n" not in str(exc)
        else:
            assert all(isinstance(s.info.model, str) and isinstance(s.info.sample_id, str) for s in samples)


# ---------------------------------------------------------------- end to end: two unnamed files, two models, one board
@pytest.mark.sandbox
def test_two_unnamed_runs_named_with_model_merge_into_one_board(tmp_path):
    """The issue's case, as a user runs it: an EvalPlus folder and a gzip JSONL, neither naming a model."""
    folder = evalplus_folder(tmp_path / "fast", "prefix-max", [(SOL / "loop.py").read_text()])
    packed = tmp_path / "slow.jsonl.gz"
    slow = row(solution=(SOL / "rescan.py").read_text(), model="someone-else")
    packed.write_bytes(gzip.compress(json.dumps(slow).encode() + b"\n"))
    outs = []
    for source, name in ((folder, "fast-model"), (packed, "slow-model")):
        out = tmp_path / f"run-{name}"
        cmd = [sys.executable, "-m", "effbench", "run", str(source), "--tasks-dir", str(FIXTURE_TASKS), "--out",
               str(out), "--repeats", "1", "--k", "1", "--model", name, "--quiet"]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert name in done.stdout and "default" not in done.stdout and "someone-else" not in done.stdout
        warned = [line for line in done.stderr.splitlines() if "warning" in line]
        assert len(warned) == (1 if source == packed else 0)
        assert "--model 'slow-model' replaces the model of 1 sample(s)" in "".join(warned) or source == folder
        outs.append(out)
    samples = [json.loads(line) for line in (outs[0] / "samples.jsonl").read_text().splitlines()]
    assert [s["model"] for s in samples] == ["fast-model"]  # recorded like any model name
    res = invoke("leaderboard", *outs, "-o", tmp_path / "board.json")
    assert res.exit_code == 0, res.stderr
    board = json.loads((tmp_path / "board.json").read_text())
    assert set(board["models"]) == {"fast-model", "slow-model"}
    assert board["models"]["fast-model"]["pass@k"]["1"] == 1.0


# ---------------------------------------------------------------- files as other tools write them
def test_jsonl_rows_hold_unicode_line_separators_unescaped(tmp_path):
    """JSON allows U+2028, U+2029 and U+0085 unescaped inside a string (json.dumps(ensure_ascii=False) writes them
    so, and a model's code may hold them); str.splitlines() ended the line at each, so a valid row was 'invalid
    JSON (Unterminated string ...)'.  Lines end at \\n, \\r\\n or \\r, nowhere else."""
    code = (SOL / "loop.py").read_text() + "# \u2028\u2029\x85\n"
    rows = [row(solution=code, model="a"), row(model="b")]
    escaped = write_samples(tmp_path / "escaped.jsonl", rows)
    for ending in ("\n", "\r\n", "\r"):
        raw = tmp_path / "raw.jsonl"
        raw.write_text("".join(json.dumps(r, ensure_ascii=False) + ending for r in rows), encoding="utf-8",
                       newline="")
        assert load_samples(raw, SUITE) == load_samples(escaped, SUITE)


@pytest.mark.parametrize("text", ['{"0": ["    return 1\\n"], "0": ["    return 2\\n"]}',
                                  '{"0": ["    return 1\\n"], "00": ["    return 2\\n"]}',
                                  '{"0": ["    return 1\\n"], " 0 ": ["    return 2\\n"]}'],
                         ids=["same-key", "leading-zero", "spaces"])
def test_an_enamel_problem_given_twice_is_one_line(tmp_path, text):
    """ENAMEL's object form keyed one problem twice (the same key, or '0' and '00'): the JSON reader kept the last
    key's codes and the first's were dropped without a word (a run of one sample where the file held two), as no
    row of a JSONL file may be given twice.  One line naming the problem, exit 2, before anything is measured."""
    from effbench.importers import import_enamel
    tasks = tmp_path / "tasks"
    import_enamel(Path(__file__).parent / "fixtures" / "enamel" / "enamel.csv", tasks, all_problems=True)
    path = tmp_path / "samples.json"
    path.write_text(text)
    with pytest.raises(SampleError) as caught:
        got = load_samples(path, {t.id: t for t in load_suite(tasks)})
        pytest.fail(f"read as {len(got)} sample(s), no error")
    assert str(caught.value).startswith(f"{path}: problem 0 is given twice"), caught.value


@pytest.mark.parametrize("digits", [19, 5000], ids=["past-18", "past-int"])
def test_an_enamel_key_with_more_digits_than_any_index_is_said_to_be_that(tmp_path, digits):
    """ENAMEL's object form with a key of many digits (past the 18 an index is read with; 5000 is past what int()
    reads at all): the object no longer looked like ENAMEL's and was read as a JSONL row, 'line 1: missing field
    task_id', which the file never meant to have.  One line naming the key and what is wrong with it, exit 2,
    before anything is measured."""
    path = tmp_path / "samples.json"
    path.write_text(json.dumps({"0": ["    return 1\n"], "7" * digits: ["    return 2\n"]}))
    res = invoke("run", path, "--tasks-dir", FIXTURE_TASKS, "--out", tmp_path / "out")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert res.stderr.startswith(f"effbench: error: {path}: problem key '{'7' * 19}…': an index of {digits} digits"), \
        res.stderr
    assert "task_id" not in res.stderr and not (tmp_path / "out").exists()
