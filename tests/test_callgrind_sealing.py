"""The sealed callgrind (effbench.sandbox.sealing): the tool the workers count with ignores client requests, so the
forged counts of tests/forgery_samples.py fail in it whatever the sandbox; it is the distribution's tool but for the
patch, built from this checkout's patch; and a run on a tool that honours requests is told so before it measures.
Real valgrind, real Docker engine: nothing is faked."""
from __future__ import annotations

import pytest

from .forgery_samples import HONEST, N, attack

pytestmark = pytest.mark.sandbox  # every test here starts valgrind or the Docker engine


def _unconfined_count(tmp_path, code: str, options: list[str]) -> int:
    import os
    import subprocess

    from effbench.sandbox.process import CALLGRIND, interpreter
    script, out = tmp_path / "sample.py", tmp_path / "count.cg"
    # counted up to the exit, as a child is: so it exits at once (the interpreter's shutdown varies with its addresses)
    script.write_text(code + "import operator, os, sys\nos._exit(operator.call(f, int(sys.argv[1])) is None)\n")
    cmd = [f"--callgrind-out-file={out}" if a.startswith("--callgrind-out-file=") else a for a in CALLGRIND]
    done = subprocess.run([*cmd, *options, interpreter()[0], "-S", str(script), str(N)], capture_output=True,
                          text=True, timeout=300, env={"PYTHONHASHSEED": "0", "PATH": os.environ["PATH"]})
    assert done.returncode == 0, done.stderr[-2000:]
    return int(next(line.split()[1] for line in out.read_text().splitlines() if line.startswith("summary:")))


def test_the_sealing_option_is_what_stops_the_requests(tmp_path):
    """The attack with nothing in its way (no sandbox, no filter), under the same callgrind with and without the
    option: it forges by itself, the option is what stops it, and honest code counts the same either way."""
    from effbench.sandbox.sealing import SEAL_OPTION
    unconfined = attack("libc_mmap", False)
    counts = {(sealed, name): _unconfined_count(tmp_path, code, [SEAL_OPTION] if sealed else [])
              for sealed in (False, True) for name, code in (("honest", HONEST), ("attack", unconfined))}
    honest = counts[(False, "honest")]
    assert counts[(True, "honest")] == honest, counts
    assert counts[(False, "attack")] < honest / 100, counts  # zeroed: the forgery
    assert counts[(True, "attack")] >= honest, counts
    # valgrind's own requests are ignored too: ADD_IFUNC_TARGET for an address with no redirect stopped valgrind
    # on an assertion; ignored, the sample runs on and is counted
    ifunc = unconfined.replace("ZERO_STATS, TOGGLE_COLLECT = 0x43540001,", "ZERO_STATS, TOGGLE_COLLECT = 0x3104,")
    assert ifunc != unconfined
    assert _unconfined_count(tmp_path, ifunc, [SEAL_OPTION]) >= honest


def test_the_sealed_callgrind_preloads_valgrinds_core_library_as_the_distributions_does():
    """A callgrind built for another library directory than the installed valgrind's runs, counts and takes the
    sealing option, but starts its clients without valgrind's preloaded core library (the dynamic loader says so on
    stderr, which the workers do not show): the sealed tool must be the distribution's but for the patch."""
    import os
    import subprocess

    from effbench.sandbox.sealing import SEAL_OPTION
    done = subprocess.run(["valgrind", "--tool=callgrind", "--vgdb=no", SEAL_OPTION, "--callgrind-out-file=/dev/null",
                           "-q", "/usr/bin/env"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    preload = [line.split("=", 1)[1] for line in done.stdout.splitlines() if line.startswith("LD_PRELOAD=")]
    assert preload and all(os.path.exists(p) for p in preload[0].split(":")), preload


def test_the_installed_callgrind_was_built_from_this_patch():
    """The build script stamps the tool with the patch's digest and rebuilds when the patch changes: a machine sealed
    by an older patch would otherwise keep it."""
    import hashlib
    from pathlib import Path

    from effbench.sandbox import images, sealing
    stamp = Path(images.VALGRIND_LIB) / "callgrind-amd64-linux.sealed"
    patch = sealing.HERE / "ignore-client-requests.patch"
    assert stamp.read_text().strip() == hashlib.sha256(patch.read_bytes()).hexdigest()


def test_a_run_on_a_callgrind_that_honours_requests_says_so(tmp_path, monkeypatch):
    """Process runner: the distribution's tool (kept by the build script as .orig), in a library directory of its
    own, makes the run plan warn in one line before anything is measured; this machine's sealed tool does not.
    Docker runner: the image's label decides (the offline image is sealed here; an image without the label, as the
    Dockerfile recipe makes, is not)."""
    import io
    import shutil
    import tarfile

    from effbench.sandbox import images, preflight, sealing
    from effbench.sandbox.docker_sandbox import _client
    lib = tmp_path / "valgrind"
    shutil.copytree(images.VALGRIND_LIB, lib, ignore=shutil.ignore_patterns("*-x86-linux", "*.orig"))
    shutil.copy2(f"{images.VALGRIND_LIB}/callgrind-amd64-linux.orig", lib / "callgrind-amd64-linux")
    client = _client()
    offline = images.build_offline(client)
    plain = tmp_path / "plain.tar"
    with tarfile.open(plain, "w") as tar:
        info = tarfile.TarInfo("marker")
        tar.addfile(info, io.BytesIO(b""))
    client.api.import_image(src=str(plain), repository="effbench-test-unsealed", tag="1",
                            changes=["LABEL effbench.image=runner effbench.recipe=dockerfile "
                                     "effbench.python=/usr/local/bin/python3"])
    sealing.valgrind_seals.cache_clear()
    try:
        assert preflight.unsealed_counter("process", "instructions", "callgrind") is None
        assert preflight.unsealed_counter("process", "cpu", "callgrind") is None
        monkeypatch.setenv("EFFBENCH_IMAGE", offline.tag)
        assert preflight.unsealed_counter("docker", "instructions", "callgrind") is None
        monkeypatch.setenv("EFFBENCH_IMAGE", "effbench-test-unsealed:1")
        text = preflight.unsealed_counter("docker", "instructions", "callgrind")
        assert text and text.startswith("the runner image's callgrind") and "\n" not in text, text
        monkeypatch.delenv("EFFBENCH_IMAGE")
        sealing.valgrind_seals.cache_clear()
        monkeypatch.setenv("VALGRIND_LIB", str(lib))  # the launcher runs the tool it finds there
        text = preflight.unsealed_counter("process", "instructions", "callgrind")
        assert text and text.startswith("this machine's callgrind") and "build-sealed-callgrind.sh" in text, text
    finally:
        sealing.valgrind_seals.cache_clear()
        client.images.remove("effbench-test-unsealed:1", force=True)
        client.close()
