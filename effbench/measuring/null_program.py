"""The null program: what a run costs when the subject does no work (the harness's fixed cost, subtracted from every
subject's cost on the same test; scoring.outcomes.harness_offsets), and the input it runs on."""
from __future__ import annotations

import ast
import marshal

from effbench.tasks.task import Task


def null_program(task: Task) -> str:
    """The program whose cost is the harness's (and the task's given code's) alone: the entry point returning its
    last argument, which the null run's input list ends with: the expert's output on that test.  So its measured
    region loads its code, calls it and encodes a result of the same shape as the expert's, doing no work.

    For an imported task the origin's prompt comes first: the expert and the origin's samples all start from the
    prompt (ENAMEL's hold it; completions are appended to it), so loading and running it is a fixed cost shared
    by every subject, which ENAMEL's harness does not time either.  A native task's expert starts from nothing."""
    bare = f"def {task.entry_point}(*args, **kwargs):\n    return args[-1]\n"
    prompt = task.origin_prompt
    try:
        tree = ast.parse(prompt)
    except (SyntaxError, ValueError):
        return bare
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == task.entry_point and n.body]
    if not prompt or not defs:
        return bare
    # the prompt as it is, but for the entry point's signature, which takes the extra argument
    node = defs[-1]
    lines = prompt.splitlines(keepends=True)
    head = f"def {task.entry_point}(*args, **kwargs):\n"
    code = "".join(lines[:node.lineno - 1]) + head + "".join(lines[node.body[0].lineno - 1:]).rstrip() + \
        "\n    return args[-1]\n"
    try:
        compile(code, "<null program>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return bare
    return code


def null_input(args: list, expected) -> bytes:
    """The null run's input: the test's arguments, then the expected output for it to return."""
    try:
        return marshal.dumps(list(args) + [expected])
    except ValueError:  # not marshal data (cannot happen for decoded outputs; kept safe): return None instead
        return marshal.dumps(list(args) + [None])
