"""The in-sandbox runner's digest: instruction counts depend on the runner's bytes (a comment line at the top of
runners/wire.py moved a count from 4,232,834 to 4,231,997), so every run records the digest and compare refuses
counts of another one."""
from __future__ import annotations

import shutil

from effbench.sandbox.runner_source import runner_files, runners_digest, runners_dir


def test_the_digest_follows_every_byte_and_name_of_the_runner(tmp_path):
    copy = tmp_path / "runners"
    shutil.copytree(runners_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert [p.relative_to(copy) for p in runner_files(copy)] == [p.relative_to(runners_dir()) for p in runner_files()]
    digest = runners_digest(copy)
    assert digest == runners_digest() and len(digest) == 12
    wire = copy / "wire.py"
    wire.write_text(wire.read_text() + "# one more line\n")
    changed = runners_digest(copy)
    assert changed != digest
    wire.rename(copy / "wire2.py")  # the same bytes under another name: another runner
    renamed = runners_digest(copy)
    assert renamed not in (digest, changed)
    (copy / "__pycache__").mkdir(exist_ok=True)
    (copy / "__pycache__" / "x.pyc").write_bytes(b"\0")  # byte-code caches are not the runner
    assert runners_digest(copy) == renamed
