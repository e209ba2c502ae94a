"""Can this machine, as this user, run the sandbox and the counter a run asks for?  Asked before anything is measured.

Each refusal is one line naming the setting or the missing piece and the fix (a :class:`SetupError`, exit 2), not a
traceback from deep inside a worker.  The usual ones, all seen on stock machines: Ubuntu 24.04 forbids unprivileged
user namespaces to every program without an AppArmor profile saying otherwise (bubblewrap needs one when not root);
older Debian kernels gate them behind ``kernel.unprivileged_userns_clone``; valgrind missing; an interpreter whose
symbols are stripped, so callgrind never finds the function that marks the counted region and no run counts; a user
not in the docker group.  Also what a run's workers will be (the image the docker runner will use, the interpreter a
worker runs), for the checks that judge a run before it is made (``compare --check``).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from effbench.errors import InfrastructureError, SetupError
from effbench.sandbox.worker_setup import WorkerSetup

if TYPE_CHECKING:
    from effbench.sandbox.images import ImageRef

PROC_SYS = Path("/proc/sys")
# (sysctl file under /proc/sys, the value that blocks user namespaces, the command that lifts it)
USERNS_SETTINGS = (
    ("kernel/apparmor_restrict_unprivileged_userns", "1",
     "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 (Ubuntu 24.04+; or run effbench as root, "
     "or with --runner docker)"),
    ("kernel/unprivileged_userns_clone", "0", "sudo sysctl -w kernel.unprivileged_userns_clone=1"),
    ("user/max_user_namespaces", "0", "sudo sysctl -w user.max_user_namespaces=15000"),
)
BWRAP_PROBE = ["bwrap", "--ro-bind", "/", "/", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
               "--die-with-parent", "--", "true"]


def userns_blocker(proc_sys: Path = PROC_SYS) -> str | None:
    """The kernel setting that forbids this user a user namespace, with its fix, or None."""
    for name, blocking, fix in USERNS_SETTINGS:
        try:
            value = (proc_sys / name).read_text().strip()
        except OSError:
            continue
        if value == blocking:
            return f"{name.replace('/', '.')}={value} forbids unprivileged user namespaces, which the process " \
                   f"sandbox (bubblewrap) needs when not root: {fix}"
    return None


def check_process_sandbox(proc_sys: Path = PROC_SYS, unprivileged: bool | None = None, path: str | None = None) -> None:
    """bubblewrap is there (on *path*, default $PATH) and can build its jail for this user (*unprivileged*: not
    root, so it needs a user namespace)."""
    if unprivileged is None:
        unprivileged = os.geteuid() != 0
    probe = list(BWRAP_PROBE)
    if unprivileged:
        probe.insert(1, "--unshare-user")
    env = dict(os.environ, PATH=path) if path is not None else None
    try:
        res = subprocess.run(probe, capture_output=True, text=True, timeout=30, env=env)
    except FileNotFoundError:
        raise SetupError("the process sandbox needs bubblewrap: apt-get install bubblewrap") from None
    if res.returncode != 0:
        blocker = userns_blocker(proc_sys) if unprivileged else None
        detail = (res.stderr.strip().splitlines() or ["no message"])[-1][:200]
        raise SetupError(blocker or f"bubblewrap cannot build the process sandbox here ({detail}); "
                                    "try --runner docker")
    from effbench.sandbox.process import DEFAULT_SIGNALS
    try:
        refused = subprocess.run([*DEFAULT_SIGNALS, "true"], capture_output=True, timeout=30, env=env).returncode
    except FileNotFoundError:
        refused = 127
    if refused:
        raise SetupError(f"the process sandbox starts its workers with `{' '.join(DEFAULT_SIGNALS)}`, which this "
                         "machine's env refuses: it needs GNU coreutils 8.31 or later; or try --runner docker")


def check_callgrind_counts(python: str, markers: list[str]) -> None:
    """callgrind finds the functions that mark a counted child's set-up's end (gc.freeze) and its region (*markers*)
    in *python*: a probe that calls both, as a child does, has its dump at exit numbered as a count is
    (runners/countdump.py COUNT_PART), and read by the worker's own rule (countdump.read_count).  In a stripped
    interpreter callgrind finds neither, the number is lower and every run would fail."""
    from effbench.sandbox.process import CALLGRIND, REGION_MARKERS
    from effbench_runners.countdump import make_count_file, read_count
    # the workers' own options (one home: process.CALLGRIND) but for the markers, given, and the output file
    options = [a for a in CALLGRIND if a not in REGION_MARKERS and not a.startswith("--callgrind-out-file=")]
    with tempfile.TemporaryDirectory(prefix="effbench-probe-") as tmp:
        out = make_count_file(os.path.join(tmp, "probe.cg"))
        cmd = [*options, *markers, f"--callgrind-out-file={out}", python, "-S", "-c",
               "import gc, operator; gc.freeze(); operator.call(sum, range(100))"]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        total = read_count(out).get("instructions") if res.returncode == 0 else None
    if not total:
        version = python.rsplit("/", 1)[-1]
        raise SetupError(f"callgrind cannot count with {python}: its symbols are stripped (no _operator_call or "
                         f"gc_freeze); install its debug symbols (Debian/Ubuntu: apt-get install {version}-dbg) or use "
                         "a Python built with symbols (pyenv, python.org)")


def check_docker() -> None:
    """The engine answers this user (the docker group, or root)."""
    from effbench.sandbox.docker_sandbox import _client
    try:
        client = _client(timeout=10)
        client.ping()
    except Exception as exc:  # noqa: BLE001 - every way of not reaching the engine ends here
        text = str(exc)
        if "ermission denied" in text:
            raise SetupError("docker runner: this user may not use the Docker socket (permission denied): add it "
                             "to the docker group (sudo usermod -aG docker $USER, then log in again)") from None
        detail = (text.strip().splitlines() or [type(exc).__name__])[-1][:200]
        raise SetupError(f"docker runner: no Docker engine answers ({detail}); start it, or use --runner process") \
            from None
    client.close()


def unsealed_counter(runner: str, measure: str, counter: str) -> str | None:
    """A warning when this run would count with a callgrind that honours client requests (:mod:`.sealing`): it
    measures, but a sample that makes machine code could forge its count.  The process runner runs this machine's
    callgrind; the docker runner its image's (:func:`docker_image_sealed`)."""
    from effbench.sandbox import sealing
    from effbench.sandbox.counting import detect_counter
    if measure != "instructions" or detect_counter(counter) != "callgrind":
        return None
    if docker_image_sealed() if runner == "docker" else sealing.valgrind_seals():
        return None
    where = "the runner image's" if runner == "docker" else "this machine's"
    return (f"{where} callgrind honours client requests, so a sample that makes machine code could forge its "
            f"count; {sealing.BUILD_SCRIPT.name} builds one that does not (README, 'Count integrity')")


def docker_image_sealed() -> bool:
    """Whether the image the docker runner will use ignores client requests: its label says so; where no image is
    built yet, the run builds the offline one, which copies this machine's callgrind."""
    from effbench.sandbox import sealing
    try:
        image = planned_image()
    except InfrastructureError:  # $EFFBENCH_IMAGE names none: the run says so itself
        image = None
    return image.sealed if image is not None else sealing.valgrind_seals()


def planned_image() -> ImageRef | None:
    """The image the docker runner will use (:func:`.images.resolve_image`), found without building one: None where
    none is built yet, for the run then builds the offline one, a copy of this machine's interpreter and valgrind.
    Raises :class:`InfrastructureError` where no engine answers or ``$EFFBENCH_IMAGE`` names no image."""
    from effbench.sandbox import images
    from effbench.sandbox.docker_sandbox import _client
    client = _client(timeout=10)
    try:
        return images.resolve_image(client, build=False)
    except InfrastructureError:
        if os.environ.get("EFFBENCH_IMAGE"):
            raise
        return None
    finally:
        client.close()


def worker_setup(runner: str) -> WorkerSetup | None:
    """The interpreter and runner files the worker of a run with *runner* (process or docker) will run, told before
    the run.  The process runner's worker runs this interpreter and this installation's runner files.  The docker
    runner's runs its image's, which one worker of that image tells (its hello, as the run's workers tell it: a
    fraction of a second); where no image is built yet, the run builds the offline one, this interpreter at its own
    path with these runner files.  None where it cannot be told before the run: no engine answers, the image does
    not exist, its worker does not start, or it runs other runner files than this effbench's (an image an older
    version built, whose worker answers its hello without the request's token: the :class:`SetupError` its start
    raises is an :class:`InfrastructureError`, caught here).  The run then says so itself, in one line: exit 2 for
    such an image, before it measures anything."""
    from effbench.sandbox.process import interpreter
    from effbench.sandbox.runner_source import runners_digest
    here = WorkerSetup(implementation=sys.implementation.name, python=sys.version.split()[0],
                       executable=interpreter()[0], runners=runners_digest())
    if runner == "process":
        return here
    if runner != "docker":
        return None
    from effbench.sandbox.client import WorkerDied
    from effbench.sandbox.docker_sandbox import DockerSandbox
    try:
        image = planned_image()
    except (InfrastructureError, OSError):  # requests' connection errors are OSErrors
        return None
    if image is None:
        return here
    worker = DockerSandbox(image=image.tag)
    try:
        hello = worker.info()
    except (InfrastructureError, WorkerDied, ValueError, OSError):
        return None
    finally:
        worker.close()
    return WorkerSetup.told(hello)


def check(runner: str, measure: str, counter: str) -> None:
    """Everything a run with these settings needs from the machine; raises :class:`SetupError` naming the fix."""
    from effbench.sandbox.counting import detect_counter
    from effbench.sandbox.process import REGION_MARKERS, interpreter
    if runner == "docker":
        check_docker()
    else:
        check_process_sandbox()
    if measure == "instructions":
        backend = detect_counter(counter)
        if backend == "callgrind" and runner != "docker":
            check_callgrind_counts(interpreter()[0], REGION_MARKERS)
