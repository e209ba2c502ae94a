"""The expert's outputs a run keeps (``expected/<task>.jsonl``, effbench/measuring/store.py): a resumed run reads
them back to judge samples.  The file is a cache of what the expert returned: a line that cannot be read (torn by a
kill, then followed by the next append on the same line; edited; from another tool) is measured again, never a
traceback that stops the resumed run."""
from __future__ import annotations

import json

import pytest

from effbench.measuring.store import RunStore

GOOD = [{"phase": "level", "level": 1, "test": 0, "value": [1, 2]},
        {"phase": "cases", "level": -1, "test": 3, "value": "s"}]
DAMAGE = {
    "torn then appended": b'{"phase": "level", "le{"phase": "level", "level": 2, "test": 0, "value": 1}',
    "null": b"null",
    "a list": b"[1, 2]",
    "no value": b'{"phase": "level", "level": 2, "test": 0}',
    "level a string": b'{"phase": "level", "level": "2", "test": 0, "value": 1}',
    "phase a number": b'{"phase": 7, "level": 2, "test": 0, "value": 1}',
    "nested deep": b"[" * 100_000 + b"]" * 100_000,
    "5000-digit number": b'{"phase": "level", "level": 2, "test": 0, "value": ' + b"9" * 5000 + b"}",
    "not UTF-8": b'{"phase": "level", "level": 2, "test": 0, "value": "\xff"}',
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_line_that_is_not_an_expected_output_is_measured_again_not_a_traceback(tmp_path, damage):
    store = RunStore(tmp_path / "run")
    path = store.expected_path("t")
    path.parent.mkdir(parents=True)
    lines = [json.dumps(GOOD[0]).encode(), DAMAGE[damage], json.dumps(GOOD[1]).encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    assert store.load_expected("t") == {("level", 1, 0): [1, 2], ("cases", -1, 3): "s"}
