"""effbench generate's parts on their own: code extraction (examples and hypothesis fuzzing), prompt templates,
the reply parser, and the samples file (resume, refusal of other settings, deterministic order).  The parts that
talk to a server are tested against a stand-in server process in tests/test_generate.py."""
from __future__ import annotations

import ast
import json
import random
import re

import pytest
from hypothesis import given, settings, strategies as st

from effbench.errors import EffbenchError
from effbench.generate.client import Reply, parse_reply
from effbench.generate.extract import extract
from effbench.generate.prompts import load_template
from effbench.generate.store import Recipe, SamplesFile, make_row
from effbench.tasks.task import default_tasks_dir, load_suite

FUNC = "def f(xs):\n    return sorted(xs)[0]\n"


def defines(code: str, name: str) -> bool:
    return any(getattr(n, "name", None) == name for n in ast.parse(code).body)


# ---------------------------------------------------------------- extraction
def test_fenced_block_without_the_models_own_tests():
    reply = ("Here it is:\n```python\nimport heapq\n\n@staticmethod\ndef g(): pass\n\n" + FUNC +
             "\nprint(f([3, 1]))\nassert f([2]) == 2\nfor i in range(3):\n    f([i])\n"
             "if __name__ == '__main__':\n    print(f([1]))\n```\nUsage:\n```python\nprint(f([5]))\n```\n")
    got = extract(reply, "f")
    assert got.method == "fenced"
    assert got.code == "import heapq\n\n@staticmethod\ndef g(): pass\n\n" + FUNC
    assert "print" not in got.code and "assert" not in got.code


def test_the_last_block_that_defines_the_entry_point_wins():
    naive = "def f(xs):\n    return min(xs)\n"
    reply = f"Naive:\n```py\n{naive}```\nBetter:\n~~~\n{FUNC}~~~\nRun it:\n```bash\npython f.py\n```\n"
    assert extract(reply, "f").code == FUNC
    mislabelled = extract(f"```bash\n{FUNC}```\n", "f")  # not taken as a block, but found as a bare function
    assert (mislabelled.method, mislabelled.code) == ("bare", FUNC)


def test_bare_function_in_prose_and_cut_off_by_max_tokens():
    reply = f"Sure, this is O(n log n):\n\n{FUNC}\nIt works by sorting the list and\ndef h(:\n    return"
    got = extract(reply, "f")
    assert (got.method, got.code) == ("bare", FUNC)


def test_a_completion_continues_the_function_head():
    head = 'def f(xs):\n    """Smallest."""\n'
    got = extract("    return min(xs)\n\n\ndef check():\n    assert f([1]) == 1\n", "f", head=head)
    assert got.method == "completion"
    assert got.code == head + "    return min(xs)\n\n\ndef check():\n    assert f([1]) == 1\n"
    assert extract("    return min(xs)\n", "f").method == "none"  # a chat reply is never a continuation


@pytest.mark.parametrize("reply, why", [
    ("", "empty reply"),
    ("   \n", "empty reply"),
    ("I cannot help with that.", "no code defining f()"),
    ("```python\ndef g(xs):\n    return 1\n```", "no code block defines f()"),
    ("```python\ndef f(xs) return 1\n```", "no code block defines f()"),
    ("```bash\npython f.py\n```\n", "no code defining f()"),
    ("print(f([1]))\nimport os\n", "no code defining f()"),
])
def test_no_usable_code(reply, why):
    got = extract(reply, "f")
    assert (got.code, got.method) == (None, "none") and why in got.reason


TOKENS = ["def f(x):", "def g():", "\n", "  ", "    return x", "    pass", "```", "```python\n", "~~~", "print(f(1))",
          "if __name__ == '__main__':", "@d\n", "import os", "f = 1", "'" * 3, '"', "#", " ", "x", "(", ")", ":",
          "class f:", "assert 0", "for i in x:", "\\", "\t"]


def top_level_names(code: str) -> set[str]:
    names = set()
    for node in ast.parse(code).body:
        names.add(getattr(node, "name", None))
        for target in getattr(node, "targets", []) + [getattr(node, "target", None)]:
            names.add(getattr(target, "id", None))
    return names


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join), st.sampled_from(["", "def f(x):\n"]))
def test_fuzz_extract_never_raises_and_only_returns_code_that_defines_the_entry_point(reply, head):
    got = extract(reply, "f", head)
    assert (got.code is None) == (got.method == "none")
    if got.code is not None:
        compile(got.code, "<sample>", "exec")
        assert "f" in top_level_names(got.code)


def test_prose_after_the_code_that_parses_as_an_annotation_is_left_out():
    """``a.a:a`` is a valid annotated statement; kept, importing the sample raised NameError (found by the fuzz test
    below)."""
    got = extract(f"Here it is:\n{FUNC}\na.a:a\nnote.txt: see above", "f")
    namespace: dict = {}
    exec(got.code, namespace)  # noqa: S102 - our own FUNC
    assert namespace["f"]([3, 1, 2]) == 1 and "a.a" not in got.code


@settings(max_examples=100, deadline=None)
@given(before=st.text(alphabet="abc ,.!:\n", max_size=80), after=st.text(alphabet="abc ,.!:\n", max_size=80),
       fenced=st.booleans())
def test_fuzz_the_function_is_found_in_any_prose(before, after, fenced):
    body = f"```python\n{FUNC}```" if fenced else FUNC
    got = extract(f"{before}\n{body}\n{after}", "f")
    assert got.code is not None and defines(got.code, "f")
    namespace: dict = {}
    exec(got.code, namespace)  # noqa: S102 - our own FUNC
    assert namespace["f"]([3, 1, 2]) == 1


# ---------------------------------------------------------------- prompts
TASK = load_suite(default_tasks_dir(), ["pair-sum-count"])[0]


def test_builtin_prompts_render_the_task():
    plain, efficient = load_template("plain"), load_template("efficient")
    for template in (plain, efficient):
        text = template.render(TASK)
        assert TASK.prompt in text and TASK.entry_point in text and "$" not in text.replace("$$", "")
    assert "efficient" in efficient.render(TASK) and "efficient" not in plain.render(TASK)
    assert plain.sha != efficient.sha
    assert load_template("head").render(TASK) == TASK.prompt + "\n" and load_template("head").continues(TASK)
    assert not plain.continues(TASK) or plain.render(TASK).rstrip().endswith(TASK.prompt.rstrip())


def test_user_prompts_add_to_and_replace_builtins(tmp_path):
    (tmp_path / "terse.txt").write_text("Solve $task_id ($title) fast: $signature. Costs $$0.\n")
    (tmp_path / "plain.txt").write_text("mine: $statement")
    assert load_template("terse", tmp_path).render(TASK) == \
        f"Solve pair-sum-count ({TASK.title}) fast: {TASK.signature}. Costs $0.\n"
    assert load_template("plain", tmp_path).render(TASK) == "mine: " + TASK.problem.strip()
    assert load_template("efficient", tmp_path).id == "efficient"


@pytest.mark.parametrize("text, message", [("Solve $statment", "unknown placeholder(s) $statment"),
                                           ("Costs $5", "invalid placeholder")])
def test_bad_templates_name_the_file(tmp_path, text, message):
    (tmp_path / "bad.txt").write_text(text)
    with pytest.raises(EffbenchError, match=re.escape(message)) as err:
        load_template("bad", tmp_path)
    assert str(tmp_path / "bad.txt") in str(err.value)


def test_unknown_prompt_lists_the_available_ones(tmp_path):
    with pytest.raises(EffbenchError, match="unknown prompt 'nope'; available: efficient, head, plain"):
        load_template("nope")
    with pytest.raises(EffbenchError, match="not a directory"):
        load_template("plain", tmp_path / "missing")


# ---------------------------------------------------------------- replies
def chat_body(**over) -> str:
    body = {"model": "served", "choices": [{"message": {"content": "hi"}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4}}
    body.update(over)
    return json.dumps(body)


def test_parse_reply_reads_content_model_and_usage():
    assert parse_reply(chat_body(), "chat", "u") == Reply("hi", "served", {"prompt_tokens": 3, "completion_tokens": 1,
                                                                          "total_tokens": 4}, "stop")
    null = parse_reply(chat_body(choices=[{"message": {"content": None}}], usage=None), "chat", "u")
    assert null == Reply("", "served", None, None)  # an empty reply: a row without code, not an error
    text = json.dumps({"choices": [{"text": "x", "finish_reason": "length"}]})
    assert parse_reply(text, "completions", "u") == Reply("x", None, None, "length")


def test_parse_reply_takes_a_usage_with_a_count_that_is_no_count_as_none():
    """(the end-to-end case is test_generate's; here each kind of count, at the parser)"""
    for bad in (-1, 10 ** 12, 3.0, False, None, "3"):
        reply = parse_reply(chat_body(usage={"prompt_tokens": 3, "completion_tokens": bad}), "chat", "u")
        assert reply.usage is None and reply.text == "hi", bad
    kept = parse_reply(chat_body(usage={"prompt_tokens": 3, "completion_tokens": 0, "queue_time": 0.1,
                                        "completion_tokens_details": {"reasoning_tokens": 0}}), "chat", "u")
    assert kept.usage == {"prompt_tokens": 3, "completion_tokens": 0}


@pytest.mark.parametrize("body", ["<html>502</html>", "[]", "{}", json.dumps({"choices": []}),
                                  chat_body(choices=[{"text": "x"}]), chat_body(choices=[{"message": {"content": 5}}]),
                                  chat_body(usage="many")])
def test_malformed_replies_are_one_error(body):
    with pytest.raises(EffbenchError, match="malformed reply, not an OpenAI chat response") as err:
        parse_reply(body, "chat", "http://x/v1")
    assert err.value.exit_code == 2 and "\n" not in str(err.value)


# ---------------------------------------------------------------- the samples file
RECIPE = Recipe("m", "plain", "abc", {"api": "chat", "temperature": 0.8, "top_p": 0.95, "max_tokens": 64,
                                      "seed": None})


def row(task: str, i: int, recipe: Recipe = RECIPE, label: str = "m") -> dict:
    return make_row(label, task, i, recipe, Reply(FUNC, "srv", {"total_tokens": 1}, "stop"), extract(FUNC, "f"), None)


def test_resume_asks_only_for_what_is_missing(tmp_path):
    out = tmp_path / "s.jsonl"
    store = SamplesFile(out, "m", RECIPE)
    assert store.missing(["a", "b"], 2) == [("a", 0), ("a", 1), ("b", 0), ("b", 1)]
    store.add(row("b", 1))
    store.add(row("a", 0))
    store.finish()
    assert SamplesFile(out, "m", RECIPE).missing(["a", "b"], 2) == [("a", 1), ("b", 0)]
    assert [(r["task_id"], r["sample_id"]) for r in map(json.loads, out.read_text().splitlines())] == \
        [("a", "0"), ("b", "1")]


def test_rows_are_kept_as_they_arrive(tmp_path):
    """Each row is on disk the moment it is added (before finish): what Ctrl-C or a kill must not lose."""
    out = tmp_path / "s.jsonl"
    store = SamplesFile(out, "m", RECIPE)
    store.add(row("b", 0))
    store.add(row("a", 0))
    assert [json.loads(line)["task_id"] for line in out.read_text().splitlines()] == ["b", "a"]


@settings(max_examples=30, deadline=None)
@given(st.permutations([("a", 0), ("a", 1), ("b", 0), ("c", 3), ("c", 10)]))
def test_the_file_is_the_same_whatever_order_replies_arrive_in(tmp_path_factory, order):
    out = tmp_path_factory.mktemp("order") / "s.jsonl"
    store = SamplesFile(out, "m", RECIPE)
    for task, i in order:
        store.add(row(task, i))
    store.finish()
    expected = "".join(json.dumps(row(t, i)) + "\n" for t, i in sorted(order))
    assert out.read_text() == expected


def test_other_settings_are_refused_and_other_models_kept(tmp_path):
    out = tmp_path / "s.jsonl"
    other = Recipe("m", "plain", "abc", dict(RECIPE.sampling, temperature=0.2))
    out.write_text(json.dumps(row("a", 0, other)) + "\n" + json.dumps(row("a", 0, label="z")) + "\n")
    with pytest.raises(EffbenchError, match=r"s.jsonl:1: model 'm' was generated with other settings \(temperature "
                                            r"0.2 here, 0.8 now\)"):
        SamplesFile(out, "m", RECIPE)
    store = SamplesFile(out, "m2", RECIPE)
    store.add(row("a", 0, label="m2"))
    store.finish()
    assert [json.loads(line)["model"] for line in out.read_text().splitlines()] == ["m", "m2", "z"]


def test_a_cut_off_last_line_is_dropped_and_asked_again(tmp_path):
    out = tmp_path / "s.jsonl"
    whole = json.dumps(row("a", 0)) + "\n"
    out.write_text(whole + json.dumps(row("a", 1))[:40])
    warnings = []
    store = SamplesFile(out, "m", RECIPE, warn=warnings.append)
    assert store.missing(["a"], 2) == [("a", 1)] and "incomplete last line" in warnings[0]
    store.add(row("a", 1))
    store.finish()
    assert out.read_text() == whole + json.dumps(row("a", 1)) + "\n"


def test_a_foreign_file_is_not_overwritten(tmp_path):
    out = tmp_path / "s.jsonl"
    out.write_text("not json\n{}\n")
    with pytest.raises(EffbenchError, match="s.jsonl:1: not a samples row"):
        SamplesFile(out, "m", RECIPE)
    out.write_text(json.dumps({"task_id": "a", "model": "m", "solution": "x"}) + "\n")
    with pytest.raises(EffbenchError, match="not written by effbench generate"):
        SamplesFile(out, "m", RECIPE)


def test_rows_record_what_made_them():
    r = make_row("lab", "a", 3, RECIPE, Reply("no code here", "srv-1", {"total_tokens": 9}, "length"),
                 extract("no code here", "f"), 7)
    assert r["model"] == "lab" and r["sample_id"] == "3" and r["generator"] == RECIPE.to_dict()
    assert (r["server_model"], r["usage"], r["finish_reason"], r["request_seed"]) == \
        ("srv-1", {"total_tokens": 9}, "length", 7)
    assert r["reply"] == "no code here" and r["extraction"] == "none" and "no code defining f()" in r["no_code"]
    with pytest.raises(RuntimeError, match="no usable code in the reply"):
        exec(r["solution"], {})  # noqa: S102 - our own placeholder: it fails, so the sample fails


def test_random_orders_of_one_task_sort_numerically(tmp_path):
    out = tmp_path / "s.jsonl"
    store = SamplesFile(out, "m", RECIPE)
    ids = list(range(12))
    random.Random(1).shuffle(ids)
    for i in ids:
        store.add(row("a", i))
    store.finish()
    assert [json.loads(line)["sample_id"] for line in out.read_text().splitlines()] == [str(i) for i in range(12)]


def test_another_models_row_with_a_huge_sample_id_is_kept_and_sorted_after(tmp_path):
    """Rows of other models are kept as they are, so any sample_id may be there: one of 5000 digits made int()
    raise (Python's int-to-str limit) when the file was rewritten after the first reply."""
    out = tmp_path / "s.jsonl"
    huge = {"task_id": "a", "model": "m", "sample_id": "7" * 5000, "solution": "x"}
    out.write_text(json.dumps(huge) + "\n")
    store = SamplesFile(out, "z", RECIPE)
    store.add(row("a", 1, label="z"))
    store.finish()
    assert [json.loads(line)["model"] for line in out.read_text().splitlines()] == ["m", "z"]
