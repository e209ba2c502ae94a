"""One job: find the program in a model's reply.

Tried in order, the first that gives code defining the entry point at top level wins:

1. fenced blocks (```python ... ```, ``` ... ```, ~~~): the last block that defines the entry point (a model that
   shows a naive version and then a better one means the better one; example-usage blocks do not define it);
2. a completion's continuation: the task's function head + the reply, when the prompt ended with that head (the
   completions API continuing ``head``, as EvalPlus uses base models);
3. a bare function: from the first line that starts code (``def``, ``class``, ``import``, ``from``, ``@``) to the
   longest run of lines after it that parses, so prose before and after, and a reply cut off by ``max_tokens``,
   still give the complete functions.

The code is then trimmed to what a module needs: top-level expressions (``print(f(3))``), asserts, loops and the
``if __name__ == "__main__"`` block are dropped, since they are the model's own tests, which would otherwise run
(and be timed) as part of the sample.  A reply with none of these is no code: the caller keeps it as a marked row
that scores as a failed sample.  Replies are untrusted text: parsing errors of every kind mean "not this candidate".
"""
from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass

FENCE = re.compile(r"^[ \t]*(```+|~~~+)[ \t]*([\w+.-]*)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.M | re.S)
CODE_START = re.compile(r"^(def |async def |class |import |from \S+ import |@)")
NOT_PYTHON = {"bash", "sh", "shell", "console", "text", "txt", "json", "output", "c", "cpp", "java", "js"}
MAX_LINES, MAX_STARTS = 2000, 8  # bounds the bare search on a runaway reply (each try is one parse)
DROPPED = (ast.Expr, ast.Assert, ast.For, ast.AsyncFor, ast.While)


@dataclass(frozen=True)
class Extraction:
    code: str | None          # None: no usable code
    method: str               # fenced | completion | bare | none
    reason: str = ""          # why there is no code (method "none")


def extract(reply: str, entry_point: str, head: str = "") -> Extraction:
    """The program in ``reply`` that defines ``entry_point``; ``head`` is the function head a completion continues
    (empty for chat replies)."""
    blocks = [body for fence, lang, body in FENCE.findall(reply) if lang.lower() not in NOT_PYTHON]
    for body in reversed(blocks):
        code = _module(body, entry_point)
        if code:
            return Extraction(code, "fenced")
    if head:
        code = _module(head + reply, entry_point)
        if code:
            return Extraction(code, "completion")
    code = _bare(reply, entry_point)
    if code:
        return Extraction(code, "bare")
    if not reply.strip():
        why = "empty reply"
    elif blocks:
        why = f"no code block defines {entry_point}()"
    else:
        why = f"no code defining {entry_point}() in the reply"
    return Extraction(None, "none", why)


def _parse(text: str, whole: bool = False) -> ast.Module | None:
    """The syntax tree of *text*, or None.  *whole*: also compile it, which catches what parsing alone lets through
    (``return`` outside a function, ``nonlocal`` at module level...): a program we hand on must compile."""
    try:
        with warnings.catch_warnings():  # a reply's "1if x" is the reply's business, not a warning on our stderr
            warnings.simplefilter("ignore", SyntaxWarning)
            tree = ast.parse(text)
            if whole:
                compile(tree, "<reply>", "exec", dont_inherit=True)
            return tree
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return None


def _is_main_guard(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "__name__" in {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}


def _is_annotation(node: ast.stmt) -> bool:
    """An annotation without a value (``x: int``) binds nothing, and prose such as ``note.txt: see`` after the code
    parses as one; kept, it would evaluate its annotation when the sample is imported and fail on a prose name."""
    return isinstance(node, ast.AnnAssign) and node.value is None


def _defines(node: ast.stmt, name: str) -> bool:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name == name
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) \
        else []
    return any(isinstance(t, ast.Name) and t.id == name for t in targets)


def _module(text: str, entry_point: str) -> str | None:
    """``text`` without the model's own test code, if it parses and defines ``entry_point`` at top level."""
    tree = _parse(text)
    if tree is None:
        return None
    kept = [n for n in tree.body if not isinstance(n, DROPPED) and not _is_main_guard(n) and not _is_annotation(n)]
    if not any(_defines(n, entry_point) for n in kept):
        return None
    lines = text.splitlines()
    parts, previous_end = [], None
    for node in tree.body:
        if node not in kept:
            previous_end = None
            continue
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        # right after another kept statement: keep the blank lines and comments between them as they were
        start = previous_end + 1 if previous_end is not None else first
        parts.append("\n".join(lines[start - 1:node.end_lineno]))
        previous_end = node.end_lineno
    code = "\n".join(parts).rstrip() + "\n"
    return code if _parse(code, whole=True) is not None else None


def _bare(reply: str, entry_point: str) -> str | None:
    lines = reply.splitlines()[:MAX_LINES]
    for first in [i for i, line in enumerate(lines) if CODE_START.match(line)][:MAX_STARTS]:
        for end in range(len(lines), first, -1):  # the longest run that parses and defines the entry point
            code = _module("\n".join(lines[first:end]), entry_point)
            if code:
                return code
    return None
