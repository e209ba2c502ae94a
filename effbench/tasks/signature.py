"""The signature a task states against the entry function its references define.

The signature (task.toml ``signature``) is the first line of every prompt and the head a completion-style sample
is appended to (:attr:`effbench.tasks.task.Task.prompt`): where its parameters are not the ones the references
take, the prompt contradicts the statement, and a correct completion that uses the statement's names fails.  Found
as a user: camel-to-snake stated ``to_snake(names: list[str])`` where its statement and its references take
``text: str``, and a completion using ``text`` failed with a NameError.  Pure: the code is parsed, never run.
"""
from __future__ import annotations

import ast

from effbench.importers.common import top_level_def
from effbench.tasks.task import Task, default_signature


def _parameters(args: ast.arguments) -> tuple:
    """What a caller binds: the names, in order, of each kind of parameter (annotations and defaults aside)."""
    return ([a.arg for a in args.posonlyargs], [a.arg for a in args.args], args.vararg and args.vararg.arg,
            [a.arg for a in args.kwonlyargs], args.kwarg and args.kwarg.arg)


def _shown(params: tuple) -> str:
    posonly, normal, vararg, kwonly, kwarg = params
    parts = [*posonly, *(["/"] if posonly else []), *normal, *([f"*{vararg}"] if vararg else ["*"] if kwonly else []),
             *kwonly, *([f"**{kwarg}"] if kwarg else [])]
    return f"({', '.join(parts)})"


def signature_problem(task: Task) -> str | None:
    """Why *task*'s signature is not its references' entry function's, or None.  A task that states none (the
    manifest's key is optional; its prompt then says "any arguments") is passed over, as is a reference whose entry
    point is not a function defined at its top level (an assignment, an import): its parameters are not read
    without running it."""
    if task.signature == default_signature(task.entry_point):
        return None
    try:
        head = ast.parse(f"{task.signature}:\n    pass").body
    except SyntaxError as exc:
        return f"signature {task.signature!r} is not a Python function head ({exc.msg})"
    if len(head) != 1 or not isinstance(head[0], ast.FunctionDef) or head[0].name != task.entry_point:
        return f"signature {task.signature!r} is not the head of a function named {task.entry_point}"
    stated = _parameters(head[0].args)
    for ref in task.references:
        defined = top_level_def(ast.parse(ref.code), task.entry_point)
        taken = None if defined is None else _parameters(defined.args)
        if taken is not None and taken != stated:
            return (f"signature {task.signature!r} takes {_shown(stated)} but reference {ref.name}'s "
                    f"{task.entry_point} takes {_shown(taken)}")
    return None
