"""The docker runner's images, on the real engine (no registry: nothing is ever pulled): the offline image, built
from this machine's interpreter and tagged by the hash of what it holds, and the Dockerfile's recipe, built on a
local stand-in for its base image."""
from __future__ import annotations

import io
import marshal
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from effbench.sandbox import base, images, runner_source
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.runner_source import runners_digest

from .conftest import copy_of_runners
from .test_action_rules import check_run
from .test_compare import counted_here, fake_run


pytestmark = [pytest.mark.skipif(not docker_available(), reason="no Docker engine answers"),
              pytest.mark.sandbox]
ROOT = Path(__file__).resolve().parent.parent


def test_offline_image_is_built_or_cached_and_tagged_by_content_hash(engine, tmp_path, monkeypatch):
    ref = images.build_offline(engine)
    assert ref.tag == f"effbench-runner:{images.content_hash('offline')[:12]}" == images.tag_for("offline")
    assert ref.recipe == "offline" and ref.python == os.path.realpath(sys.executable)
    again = images.build_offline(engine)
    assert again.id == ref.id and not again.built  # cached: no rebuild without a change
    # Any change to runners/ changes the tag (and so triggers a rebuild).
    copy = tmp_path / "runners"
    subprocess.run(["cp", "-r", str(ROOT / "runners"), str(copy)], check=True)
    (copy / "executor.py").write_text((copy / "executor.py").read_text() + "\n# changed\n")
    monkeypatch.setattr(images, "runners_dir", lambda: copy)
    assert images.tag_for("offline") != ref.tag


def test_offline_root_filesystem_holds_what_the_worker_needs(tmp_path):
    python = images.write_offline_rootfs(tmp_path / "rootfs.tar")
    with tarfile.open(tmp_path / "rootfs.tar") as tar:
        names = {"/" + n for n in tar.getnames()}
        passwd = tar.extractfile("etc/passwd").read().decode()
    stdlib = f"{sys.base_prefix}/lib/python{sys.version_info[0]}.{sys.version_info[1]}"
    for needed in (python, f"{stdlib}/os.py", f"{stdlib}/lib-dynload", f"{stdlib}/test", "/usr/bin/valgrind",
                   "/usr/libexec/valgrind/callgrind-amd64-linux", "/bin", "/usr/bin/sh", "/lib64",
                   "/usr/lib/locale/C.utf8/LC_CTYPE", "/opt/effbench-runners/executor.py",
                   "/opt/effbench-runners/launch.py",  # and their bytecode, as the process sandbox mounts them
                   f"/opt/effbench-runners/__pycache__/executor.{sys.implementation.cache_tag}.pyc"):
        assert needed in names, needed
    assert any("libpython" in n for n in names) and any("ld-linux" in n for n in names)
    assert not any(n.startswith(f"{stdlib}/test/") or "/site-packages/" in n for n in names)
    assert "nobody:x:65534:65534" in passwd


def test_compare_check_knows_the_docker_runners_counting_setup_before_the_run(engine, tmp_path):
    """`compare BASE --check -- --runner docker` (the GitHub Action's first step) judged no counting setup for the
    docker runner ("an image has a Python of its own"), so a baseline of other counts passed it, callgrind counted the
    whole run, and compare refused it at the end.  The check now asks the image the run will use (one worker's
    hello): the offline image runs this interpreter, so counts of the process runner here compare with it, and
    those of another interpreter build are refused before the run, in one line."""
    images.build_offline(engine)  # cached: the image the run will use
    baseline = counted_here(fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, measure="instructions"))
    code, said, err = check_run(baseline, "--runner", "docker", shorthands=("--measure", "instructions"))
    assert code == 0, said
    counted_here(baseline, python="3.12.1")
    code, said, err = check_run(baseline, "--runner", "docker", shorthands=("--measure", "instructions"))
    assert code == 2 and err.count("\n") == 1, said
    assert f"cannot compare the instruction counts of {baseline} (" in err and "3.12.1" in err, err


def _with_other_runner_files(engine, image: str, tmp_path: Path) -> tuple[str, str]:
    """A copy of *image* whose runner files differ from this checkout's by one comment, labelled as another recipe's
    (as an image built from older runner files, named with $EFFBENCH_IMAGE): (its id, the digest of its files).
    Made with a `docker commit` of a container never started, in about a second; remove it by id."""
    copy = copy_of_runners(tmp_path / "other-runners")
    changed = copy / "sweep.py"
    changed.write_text(changed.read_text() + "# built from other runner files\n")
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as tar:
        info = tarfile.TarInfo("sweep.py")
        info.size, info.mode = changed.stat().st_size, 0o644
        tar.addfile(info, io.BytesIO(changed.read_bytes()))
    container = engine.containers.create(image, command=["true"])
    try:
        container.put_archive(images.SANDBOX_RUNNERS, data.getvalue())
        derived = container.commit(changes=["LABEL effbench.recipe=derived"])
    finally:
        container.remove(force=True)
    return derived.id, runners_digest(copy)


def test_a_run_records_the_runner_files_its_workers_run(engine, tmp_path, monkeypatch):
    """A run recorded the digest of this installation's runner files (runner_source.runners_digest on the host)
    whatever its workers ran: the docker runner's run on an image holding other runner files looked, to compare
    and to compare --check, as if counted by the same harness code.  The worker now tells the digest of the files it
    runs in its hello; the process runner's (and the offline image's, which mounts the host's runners/) is the
    host's."""
    offline = images.build_offline(engine)  # cached
    derived, its_digest = _with_other_runner_files(engine, offline.id, tmp_path)
    assert its_digest != runners_digest()
    try:
        for image, told in ((offline.tag, runners_digest()), (derived, its_digest)):
            worker = DockerSandbox(slot=1, image=image)
            try:
                assert worker.info()["runners"] == told, image  # what a run records (measuring.unit.slot_info)
            finally:
                worker.close()
        # compare --check, before the run, asks the image's worker: a baseline the process runner counted here
        # was counted by other runner files
        baseline = counted_here(fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, measure="instructions"))
        monkeypatch.setenv("EFFBENCH_IMAGE", derived)
        code, said, err = check_run(baseline, "--runner", "docker", shorthands=("--measure", "instructions"))
        assert code == 2 and err.count("\n") == 1, said
        assert f"cannot compare the instruction counts of {baseline} (" in err and its_digest in err, err
    finally:
        engine.images.remove(derived, force=True)


def test_an_offline_build_prunes_its_own_installations_older_images_only(engine):
    """A build of the offline image removed every other offline image on the engine: two effbench installations
    sharing it (two checkouts on a CI runner, two venvs) removed each other's image at each build, so each of their
    runs built its own again (and a run between two worker containers lost its image).  A build now removes the
    older images of its own installation alone."""
    import docker
    offline = images.build_offline(engine)  # cached
    # (labelled by the installation that built it: the tag is the content's, so another installation of the same
    # runner files and interpreter, such as the installed wheel's in test_install, may have built it first)
    assert images.INSTALL_LABEL in engine.images.get(offline.id).labels
    made = []
    try:
        # an older build of this installation, and one of another installation
        for install in (images.installation(), "another-installation"):
            container = engine.containers.create(offline.id, command=["true"])  # never started
            try:
                made.append(container.commit(changes=[f"LABEL {images.INSTALL_LABEL}={install}"]).id)
            finally:
                container.remove(force=True)
        older, others = made
        removed = images.prune(engine, keep=offline.id)  # (and any older build of ours an earlier session left)
        assert older in removed and others not in removed and offline.id not in removed
        assert engine.images.get(others).labels["effbench.recipe"] == "offline"  # still there
        assert engine.images.get(offline.id)
    finally:
        for image_id in made:
            try:
                engine.images.remove(image_id, force=True)
            except docker.errors.ImageNotFound:
                pass


def test_the_offline_image_works_on_its_own(limits):
    r = DockerSandbox(slot=1, mount_python=False)  # the image's own copy of the interpreter, nothing from the host
    try:
        r.put_input("small", marshal.dumps([list(range(10))]))
        assert r.info()["python_mount"] is None
        ex = r.execute("import heapq\ndef f(xs):\n    return heapq.nlargest(2, xs)\n", "f", ["small"], limits)
        assert ex.status == base.OK and ex.outputs == [[9, 8]]
    finally:
        r.close()


def test_the_dockerfile_describes_the_same_image():
    text = (ROOT / "runners" / "images" / "Dockerfile").read_text()
    assert re.search(r"^ARG BASE=python:3\.11-slim$", text, re.M) and re.search(r"^FROM \$\{BASE\}$", text, re.M)
    assert "valgrind" in text
    assert "/opt/effbench-runners" in text and "USER 65534:65534" in text
    assert "effbench.python=/usr/local/bin/python3.11" in text


STANDIN = "effbench-standin/python:3.11-slim"


def _chain(engine, image_id: str) -> list[str]:
    """*image_id* and its parents, nearest first: the steps the engine's builder committed (its Parent field)."""
    chain = []
    while image_id:
        chain.append(image_id)
        image_id = engine.api.inspect_image(image_id).get("Parent")
    return chain


def _leave_only_the_cache_of(engine, tag: str) -> None:
    """Untag *tag* (this run's build of the recipe on the stand-in) and remove, by id, the untagged builds earlier
    runs left, but for the steps *tag*'s build is made of.  Those steps stay as the engine's build cache, which the
    next run replays (apt-get's above all); but each change to what the recipe is built from (runners/,
    effbench/sandbox/images.py, the Dockerfile, the stand-in) left one more chain of up to 7 untagged images, run
    after run.  Removing the top of an older chain removes its parents that no other image uses: a step shared with
    this build (apt-get's, on the same stand-in) stays."""
    import docker
    keep = _chain(engine, engine.images.get(tag).id)
    standin = engine.images.get(STANDIN).id
    engine.images.remove(tag, force=True, noprune=True)
    for image in engine.images.list(filters={"dangling": True}):
        if image.id not in keep and standin in _chain(engine, image.id):
            try:
                engine.images.remove(image.id)
            except docker.errors.APIError:  # in use by a container, or another run removed it first
                pass


def test_the_dockerfile_recipe_builds_and_runs_on_a_stand_in_base(engine, tmp_path, monkeypatch):
    # The one stand-in: no registry here, so python:3.11-slim is replaced by a local image of the same shape
    # (.ci/build-standin-base: minimal Debian, CPython 3.11 in /usr/local).  Everything else is the real recipe:
    # the Dockerfile's steps (its apt-get install of valgrind, the labels, the user) built by the engine's builder,
    # then the runner using the image alone.  Rebuilt (--force) by every run, from the engine's build cache as any
    # rebuild is: on a warm engine the builder replays the steps whose inputs did not change and runs the others
    # (apt-get, from the Debian mirror, runs on a cold engine or a new stand-in only: 42 s cold, 25 s warm, on the
    # 2-core VM at load 2).  What the test leaves is that cache, and no more run after run (_leave_only_the_cache_of).
    if images.find_image(engine, STANDIN) is None:
        pytest.fail(f"{STANDIN} is missing: run .ci/build-standin-base (.ci/setup does)")
    from click.testing import CliRunner

    from effbench.cli.main import main
    # Built from a runners' folder holding bytecode this host wrote (as an import with bytecode writing on leaves):
    # the build's context was that folder, so the image held whatever was in it, under a tag that ignores it.
    copy = copy_of_runners(tmp_path / "runners")
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "stray.cpython-311.pyc").write_bytes(b"left by the host")
    monkeypatch.setattr(runner_source, "runners_dir", lambda: copy)
    res = CliRunner().invoke(main, ["image", "build", "--base", STANDIN, "--force"])
    assert res.exit_code == 0, res.output
    tag = res.output.split()[0]
    try:
        _the_recipes_image_runs(engine, tag, tmp_path, monkeypatch)
    finally:
        _leave_only_the_cache_of(engine, tag)


def _the_recipes_image_runs(engine, tag: str, tmp_path: Path, monkeypatch) -> None:
    assert tag == images.tag_for("dockerfile", STANDIN) != images.tag_for("dockerfile")
    ref = images.find_image(engine, tag)
    assert ref.recipe == "dockerfile" and ref.python == "/usr/local/bin/python3.11"
    limits = Limits(wall_limit=60)
    for counter in (None, "callgrind"):
        r = DockerSandbox(slot=2, counter=counter, image=tag, mount_python=False)
        try:
            r.put_input("small", marshal.dumps([list(range(10))]))
            ex = r.execute("import heapq\ndef f(xs):\n    return heapq.nlargest(2, xs)\n", "f", ["small"], limits)
            assert ex.status == base.OK and ex.outputs == [[9, 8]], ex.detail
            assert (ex.instructions is not None) == (counter is not None)
            assert r.info()["image"] == tag and r.info()["uid"] == images.USER[0]
            if counter is None:  # the image's runners' folder: the runner's files and the bytecode made for them
                ex = r.execute(f"import os\ndef f(xs):\n    return os.listdir({runner_source.MOUNTED!r} + "
                               "'/__pycache__')\n", "f", ["small"], limits)
                assert ex.status == base.OK and "stray.cpython-311.pyc" not in ex.outputs[0], ex.outputs
                assert "executor.cpython-311.pyc" in ex.outputs[0], ex.outputs
        finally:
            r.close()
    # its interpreter is another build, at another path: counts the process runner made here are refused for a run
    # on this image before the run (compare --check asks the image), not once callgrind has counted everything
    baseline = counted_here(fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, measure="instructions"))
    monkeypatch.setenv("EFFBENCH_IMAGE", tag)
    code, said, err = check_run(baseline, "--runner", "docker", shorthands=("--measure", "instructions"))
    assert code == 2 and err.count("\n") == 1 and "/usr/local/bin/python3.11" in err, said
