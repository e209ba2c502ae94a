"""ENAMEL's samples files: what its harness reads, and the program each entry is.

ENAMEL's ``evaluate(codes, ...)`` takes ``codes[i]``, the list of code strings for problem *i*.  Its shipped files
(``enamel-references.json``, ``humaneval-canonical.json``) are that list as JSON: a list indexed by problem; a JSON
object keyed by problem index holds the same.  Both are read here into ``{index: [code, ...]}``.

ENAMEL runs ``prompt + "\\n" + code``.  Its shipped codes already hold the prompt (the whole function), so the
prompt is there twice; a body-only completion relies on the prepended prompt.  effbench's measured region includes
loading the code and running its module body, so a second copy of the prompt would be timed for nothing.  The
program effbench runs is therefore:

* a body-only completion (no top-level ``def`` of the entry point): the prompt, a newline and the code, as ENAMEL;
* a whole function that already holds the prompt verbatim: the code alone;
* a whole function without it (HumanEval's canonical file has HumanEval's own prompts for ten problems): the
  prompt's other top-level statements (imports, helper functions, constants) and the code.  That is what ENAMEL
  executes, minus the prompt's ``def`` of the entry point, which the code's own replaces anyway.
"""
from __future__ import annotations

import ast
import json
import re

from effbench.jsonfile import loads


class Listed(dict):
    """The list form: every problem has an entry, so entries for problems not imported are skipped, not refused."""


class Malformed(ValueError):
    """Text that is ENAMEL's samples, one JSON document, but not readable as it: the message says where and why."""


INDEX = re.compile(r"\s*(-?[0-9]+)\s*")  # a problem index as an object key (int() takes more, e.g. "²")
# The most digits an index is read with: int() refuses a string of over 4300 digits (ValueError), and no problem
# set numbers its problems past this.  A longer key is still an index in shape, and said to be too long.
INDEX_DIGITS = 18


class Pairs(dict):
    """A JSON object that remembers its keys as written (``.pairs``): a key given twice, which ``dict`` keeps once."""

    def __init__(self, pairs: list[tuple[str, object]]):
        super().__init__(pairs)
        self.pairs = pairs


def _shape(data) -> dict[int, list] | None:
    """ENAMEL's samples as ``{problem index: entry}`` if *data* has their shape, else None.  A problem keyed twice
    (the same key, or ``"0"`` and ``"00"``) is :class:`Malformed`: keeping one of them would drop the other's codes
    without a word."""
    # A list is ENAMEL's when it holds lists (of code): a list of objects is effbench rows, for the JSONL reader
    if isinstance(data, list) and any(isinstance(entry, list) for entry in data):
        return Listed(enumerate(data))
    if isinstance(data, dict) and data and all(INDEX.fullmatch(k) for k in data):
        shaped: dict[int, list] = {}
        keys: dict[int, str] = {}
        for key, codes in getattr(data, "pairs", data.items()):
            index = _index(key)
            if index in shaped:
                raise Malformed(f"problem {index} is given twice (keys {keys[index]!r} and {key!r})")
            shaped[index], keys[index] = codes, key
        return shaped
    return None


def _index(key: str) -> int:
    """The problem index an object key (matching :data:`INDEX`) names; :class:`Malformed` past :data:`INDEX_DIGITS`
    digits, leading zeros aside (it was read as a JSONL row and said to lack a ``task_id``)."""
    text = key.strip()
    digits = text.lstrip("-").lstrip("0") or "0"
    if len(digits) > INDEX_DIGITS:
        raise Malformed(f"problem key {text[:INDEX_DIGITS + 1] + '…'!r}: an index of {len(digits)} digits, past "
                        f"any problem's (ENAMEL numbers its problems from 0)")
    return -int(digits) if text.startswith("-") else int(digits)


def parse(text: str) -> dict[int, list] | None:
    """ENAMEL's samples as ``{problem index: entry}``, or None if *text* is not a JSON list holding lists or an
    object whose keys are all problem indices.  Entries are not checked further here (the caller says which problem
    is wrong).  Text that is one JSON document but broken, or followed by more text, is :class:`Malformed`: read
    as JSONL instead, it was reported at line 1 whatever the fault."""
    body = text.lstrip()
    if not body.startswith(("{", "[")):
        return None
    try:
        data = json.loads(text, object_pairs_hook=Pairs)
    except ValueError:  # not JSON, or not JSON Python reads (a 5000-digit integer)
        _whole_document(text, len(text) - len(body))
        return None  # JSONL (or not JSON at all): the JSONL reader says which line
    if isinstance(data, list) and data and all(isinstance(entry, str) for entry in data):
        # ENAMEL's file with its lists flattened (`json.dump([c[0] for c in codes], f)`): said as what it is, not
        # as a JSONL row ("each line must be a JSON object"), nor as line 1's JSON when it is laid out over lines
        raise Malformed(f"a JSON list of {len(data)} string(s), not samples: ENAMEL's samples are a list with an "
                        "entry per problem, each entry a list of that problem's code strings ([[code, ...], ...]); "
                        "effbench's are JSONL, a JSON object per line")
    return _shape(data)


def _whole_document(text: str, start: int) -> None:
    """Raise :class:`Malformed` if *text* is meant as one JSON document: ENAMEL's samples followed by more text,
    or a document laid out over lines (its first line only an opening bracket, which no JSONL row is)."""
    try:
        data, end = json.JSONDecoder().raw_decode(text, start)
    except (ValueError, RecursionError):
        data, end = None, -1
    if end >= 0 and _shape(data) is not None:
        after = len(text) - len(text[end:].lstrip())
        raise Malformed(f"line {text.count(chr(10), 0, after) + 1}: text after the end of ENAMEL's samples "
                        "(one JSON document)")
    if text[start:].split("\n", 1)[0].strip() in ("[", "{"):
        loads(text, error=Malformed)


def _defines(tree: ast.Module, name: str):
    return [node for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.name == name]


def program(prompt: str, entry_point: str, code: str) -> str:
    """The program effbench runs for one of ENAMEL's codes (see the module's docstring)."""
    try:
        whole = bool(_defines(ast.parse(code), entry_point))
        prompt_tree = ast.parse(prompt)
    except (SyntaxError, ValueError):  # a sample that does not compile fails in the sandbox, as in ENAMEL
        whole = False
    if not whole:
        return prompt + "\n" + code
    if prompt.strip() in code:
        return code
    lines = prompt.splitlines(keepends=True)
    skip = {i for node in _defines(prompt_tree, entry_point)
            for i in range(min([node.lineno] + [d.lineno for d in node.decorator_list]) - 1, node.end_lineno)}
    prelude = "".join(line for i, line in enumerate(lines) if i not in skip).rstrip()
    return prelude + "\n" + code if prelude else code
