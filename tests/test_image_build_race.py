"""Runs started at the same moment with no runner image built yet, on the real engine: one builds the image and the
others use it.  Three ``effbench run --runner docker`` started at once each built one (three root filesystems, three
imports under one tag, 2026-12-07) and left two untagged ~100 MB images behind that no prune removed."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from effbench.sandbox import images
from effbench.sandbox.docker_sandbox import docker_available

from .conftest import copy_of_runners

pytestmark = [pytest.mark.skipif(not docker_available(), reason="no Docker engine answers"),
              pytest.mark.sandbox]

# One effbench process building the offline image.  Its runner files are a copy of this test's, so its tag and its
# installation are its own (no other test's or user's image is built, found or pruned).  The root filesystem is a
# file of one line written in half a second: the real one takes seconds to a minute, and only the window in which
# two builds can overlap matters here; the import, the tag, the labels and the prune are the engine's own.
BUILDER = textwrap.dedent("""
    import json, sys, tarfile, time
    from pathlib import Path
    import docker
    from effbench.sandbox import images
    copy = Path(sys.argv[1])
    images.runners_dir = lambda: copy
    def rootfs(out):
        time.sleep(0.5)
        (copy.parent / "hello").write_text("built\\n")
        with tarfile.open(out, "w") as tar:
            tar.add(copy.parent / "hello", "hello")
        return "/bin/true"
    images.write_offline_rootfs = rootfs
    print("ready", flush=True)
    sys.stdin.readline()  # both processes are started: build now, at the same moment
    ref = images.build_offline(docker.from_env())
    print(json.dumps({"id": ref.id, "built": ref.built, "installation": images.installation()}))
""")


def test_runs_started_at_once_build_the_image_once(engine, tmp_path):
    copy = copy_of_runners(tmp_path / "runners")
    (copy / "executor.py").write_text((copy / "executor.py").read_text() + f"\n# {tmp_path}\n")
    procs = [subprocess.Popen([sys.executable, "-c", BUILDER, str(copy)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    assert [p.stdout.readline() for p in procs] == ["ready\n"] * 2  # type: ignore[union-attr]
    for p in procs:
        p.stdin.write("go\n")  # type: ignore[union-attr]
        p.stdin.flush()  # type: ignore[union-attr]
    said = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    mine = engine.images.list(filters={"label": f"{images.INSTALL_LABEL}={said[0]['installation']}"})
    try:
        assert [p.returncode for p in procs] == [0, 0]
        assert sorted(s["built"] for s in said) == [False, True], said  # one built it, the other found it
        assert said[0]["id"] == said[1]["id"]  # both use (and record) the image their workers run
        assert [i.id for i in mine] == [said[0]["id"]]  # and no untagged copy is left behind
    finally:
        for image in mine:
            engine.images.remove(image.id, force=True)
