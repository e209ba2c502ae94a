"""Helpers of the hostile-output tests: task folders made on the fly, and samples that forge their result frame."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

from .conftest import FIXTURE_TASKS

PREFIX_MAX = FIXTURE_TASKS / "prefix-max"
EXPERT = (PREFIX_MAX / "solutions" / "loop.py").read_text()
# A custom checker as task authors write them: arithmetic on the output, which raises on a string.
ARITHMETIC_CHECKER = ("def check(args, output, expected):\n"
                      "    return len(output) == len(expected) and "
                      "all(abs(a - b) < 1e-9 for a, b in zip(output, expected))\n")


def prefix_max_variant(root: Path, task_id: str, checker: str, checker_py: str | None = None,
                       manifest_edit=None) -> Path:
    """A copy of the prefix-max fixture under another id, with another checker (and checker.py)."""
    folder = root / task_id
    shutil.copytree(PREFIX_MAX, folder)
    manifest = (folder / "task.toml").read_text().replace('id = "prefix-max"', f'id = "{task_id}"')
    manifest = manifest.replace('checker = "exact"', f'checker = "{checker}"')
    (folder / "task.toml").write_text(manifest_edit(manifest) if manifest_edit else manifest)
    if checker_py is not None:
        (folder / "checker.py").write_text(checker_py)
    return folder


def big_int_task(root: Path) -> Path:
    """A task whose expert returns integers of 5,000 to 20,000 digits (past Python's 4,300-digit str limit), as
    ENAMEL's problem 8 does."""
    folder = root / "big-power"
    (folder / "solutions").mkdir(parents=True)
    (folder / "task.toml").write_text(
        'id = "big-power"\ntitle = "Powers of seven"\nentry_point = "big_power"\n'
        '[levels]\nsizes = [1, 2, 3, 4]\ntests = [2, 1, 1, 1]\nhardness = [0, 3, 3, 4]\n'
        '[[references]]\nname = "pow"\nfile = "solutions/pow.py"\nexpert = true\n')
    (folder / "generator.py").write_text("def generate(size, rng):\n    return [size * 6000 + rng.randint(0, 9)]\n")
    (folder / "cases.py").write_text('CASES = [{"args": [6000]}, {"args": [0], "expected": 1}]\n')
    (folder / "problem.md").write_text("Return 7 to the power n.\n")
    (folder / "solutions" / "pow.py").write_text("def big_power(n):\n    return 7 ** n\n")
    return folder


# A sample's function that writes *fake* (bytes) as its result frame on every descriptor that takes it (the worker
# reads the first frame on its result pipe).
WRITE_FRAME = (
    "import os, struct\n"
    "def write_frame(fake):\n"
    "    for fd in range(3, 32):\n"
    "        try:\n"
    "            os.write(fd, struct.pack('>Q', len(fake)) + fake)\n"
    "        except OSError:\n"
    "            pass\n")


def forging(frame: str, when: str = "len(nums) >= 1000") -> str:
    """A prefix_max that is right on small inputs and, on the others, writes *frame* (JSON text) as its result
    frame before returning."""
    return WRITE_FRAME + (
        "def prefix_max(nums):\n"
        f"    if {when}:\n"
        f"        write_frame({frame!r}.encode())\n"
        "    out, best = [], None\n"
        "    for x in nums:\n"
        "        best = x if best is None or x > best else best\n"
        "        out.append(best)\n"
        "    return out\n")


# What a sample's exception or a data file may hold to drive the terminal it is printed on: a window title (OSC 0),
# a cleared screen (CSI 2J), a write to the clipboard (OSC 52), a hidden link (OSC 8), and a lone surrogate, which
# no UTF-8 stdout can encode.  SHOUT_SHOWN is how effbench prints it: each such character as its escape.
SHOUT = "\x1b]0;owned\x07\x1b[2J\x1b]52;c;b3duZWQ=\x07\x1b]8;;http://x.example/\x07link\x1b]8;;\x07 \ud800"
SHOUT_SHOWN = r"\x1b]0;owned\x07\x1b[2J\x1b]52;c;b3duZWQ=\x07\x1b]8;;http://x.example/\x07link\x1b]8;;\x07 \ud800"
ACTING = ("Cc", "Cf", "Cs", "Zl", "Zp")  # the Unicode categories of what acts on a terminal rather than shows


def assert_inert(text: str) -> None:
    """No character of *text* but a line break or a tab acts on a terminal."""
    acting = sorted({c for c in text if c not in "\n\t" and unicodedata.category(c) in ACTING})
    assert not acting, (acting, text[-3000:])
