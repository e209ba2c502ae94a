"""The default sandbox: the executor in a bubblewrap jail, forking one confined child per run.

What the jail gives (see README, "Isolation"): new network (no interfaces but loopback), PID, IPC and UTS namespaces;
a root filesystem holding only /usr, the interpreter's prefix (their package folders hidden: :func:`package_dirs`) and
the executor, all read-only, with a root-owned /tmp that the sample cannot write (each run gets its own work dir
there, deleted afterwards); no environment but what we set.  Inside, each run's child drops to an unprivileged
per-slot uid with CPU, address-space, file-size, process-count and open-file limits, and is killed from outside at
its time limit.  The run store, the samples file and the expected outputs are never mounted.  A callgrind counting
worker instead runs as nobody, like a docker worker, with the same guards as there (see :mod:`.private_tmp` for why).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import sysconfig
from pathlib import Path

from effbench.errors import InfrastructureError
from effbench.hash_seed import HASH_SEED
from effbench.sandbox.client import PooledSandbox, WorkerSession
from effbench.sandbox import host_paths
from effbench.sandbox import private_tmp as private_tmp_dir
from effbench.sandbox import sealing
from effbench.sandbox.base import WRITABLE_MB
from effbench.sandbox.counting import perf_counters_available
from effbench.sandbox import runner_source

SANDBOX_RUNNERS = runner_source.MOUNTED
SANDBOX_PROGRAMS = "/opt/effbench-programs"
DEFAULT_SIGNALS = ["env", "--default-signal"]  # what starts a worker (GNU coreutils 8.31+): ProcessSandbox._spawn
WORKER_ENV = {
    "PYTHONHASHSEED": HASH_SEED, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8",
    "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
}


def interpreter() -> tuple[str, Path]:
    """The real interpreter binary (not a venv or pyenv shim) and the prefix it needs."""
    return os.path.realpath(sys.executable), Path(sys.base_prefix).resolve()


def interpreter_paths(python: str, prefix: Path) -> list[Path]:
    """What the worker's interpreter loads from (its binary, prefix and standard library): never hidden, whatever
    else is (:mod:`.host_paths`)."""
    return [prefix, Path(python), Path(sysconfig.get_path("stdlib")).resolve()]


def package_dirs(root: Path) -> list[str]:
    """The folders under *root* (an interpreter's prefix, /usr) where pip or the distribution install packages,
    which both sandboxes hide behind an empty read-only tmpfs.

    Why: the worker runs ``-s -S`` and needs none of them, but they are under the trees mounted for the
    interpreter, and effbench installed into that interpreter (the GitHub Action pip-installs it into
    setup-python's; a system-wide ``pip install``) put its task suite there, ``effbench_tasks``: every task's
    expert and pool of solutions, which a sample could read and run (the scores of the expert's code, not its
    own), and its hand cases with their expected outputs."""
    found = {d for d in root.glob("lib/python3*/*-packages") if d.name in ("site-packages", "dist-packages")}
    return sorted(str(d) for d in found if d.is_dir() and not d.is_symlink())


# Instruction counting without hardware counters: the worker runs under callgrind, collecting from its start, and a
# counting child's count is the dump callgrind writes as it exits (runners/executor.py reads it).  Entering the one
# call of operator.call that wraps each child's measured region (runners/child.py) dumps and zeroes what came before
# it, so the dump at exit holds the region and the harness's steps after it.  Not a toggle on that call's exit:
# callgrind takes a function as left when the stack pointer rises above its frame, which a sample can make happen
# without returning (a stack switch through libc), and so stop its own count (README, "Count integrity").
# Distributions that build CPython with LTO (Debian's /usr/bin/python3) name the function _operator_call.lto_priv.0;
# a pattern that matches nothing leaves the other builds' counts unchanged.
REGION_MARKERS = ["--dump-before=_operator_call", "--dump-before=_operator_call.lto_priv.*"]
# gc.freeze dumps too: the worker calls it once, just before it forks the zygote, and each child once in its set-up.
# So a child's dump on entering its region holds only what it ran since its set-up, not all the worker ever ran
# (0.41 MiB, about +0.3 s a run: README).  Those dumps are thrown away (runners/sweep.discard_dump); a child's dump
# at exit is its third (runners/countdump.COUNT_PART), and any other dump it makes (the sample calls gc.freeze or
# enters operator.call again from outside the region) makes it a fourth: no count.
SETUP_MARKERS = ["--dump-before=gc_freeze", "--dump-before=gc_freeze.lto_priv.*"]
# --vgdb=no: valgrind's debugger server is on by default; it puts its FIFOs and shared memory in the worker's /tmp,
# where a sample could write debugger commands to the worker (and it lets any process of the uid ptrace it).  Its
# polling is valgrind's own work, not the client's, so the counts are the same without it.
CALLGRIND = ["valgrind", "--tool=callgrind", "--vgdb=no", "--collect-atstart=yes", *REGION_MARKERS, *SETUP_MARKERS,
             "--callgrind-out-file=/tmp/effbench-count/%p.cg", "-q"]


def callgrind_command(sealed: bool) -> list[str]:
    """valgrind's part of a counting worker's command line; *sealed*: its callgrind takes effbench's option that
    makes client requests do nothing (see :mod:`.sealing`)."""
    return CALLGRIND + ([sealing.SEAL_OPTION] if sealed else [])


def bwrap_command(python: str, prefix: Path, runners: Path, counter: str | None = None,
                  private_tmp: Path | None = None, program: Path | None = None) -> list[str]:
    """The worker's command line.  *program*: a worker of its own (profiling runs: effbench/profiling/worker.py),
    run instead of the executor and mounted apart from the runners (one more file among them would change every
    count: the import system keeps that directory's listing in the worker's heap).  Counting with callgrind, the
    worker runs as nobody with *private_tmp* as its /tmp (see :mod:`.private_tmp`): the same user, groups and /tmp
    as a docker worker, hence the same counts."""
    cmd = ["bwrap", "--ro-bind", "/usr", "/usr"]
    trees = [Path("/usr"), prefix]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            cmd += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            cmd += ["--ro-bind", top, top]
            trees.append(Path(top))
    if not str(prefix).startswith("/usr/"):
        for parent in reversed(prefix.parents[:-1]):
            cmd += ["--perms", "0755", "--dir", str(parent)]
        cmd += ["--ro-bind", str(prefix), str(prefix)]
    packages = [*package_dirs(prefix), *package_dirs(Path("/usr")), *package_dirs(Path("/usr/local"))]
    for hidden in host_paths.to_hide(trees, interpreter_paths(python, prefix), packages):
        cmd += ["--perms", "0755", "--tmpfs", hidden, "--remount-ro", hidden]
    cmd += [
        "--perms", "0755", "--dir", "/opt", "--ro-bind", str(runners), SANDBOX_RUNNERS,
        *(["--perms", "0755", "--dir", SANDBOX_PROGRAMS, "--ro-bind", str(program),
           f"{SANDBOX_PROGRAMS}/{program.name}"] if program else []),
        "--proc", "/proc", "--dev", "/dev",
        *(["--bind", str(private_tmp), "/tmp"] if private_tmp
          else ["--perms", "0755", "--size", str(WRITABLE_MB << 20), "--tmpfs", "/tmp"]),
        "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
        "--die-with-parent", "--new-session", "--chdir", "/tmp", "--clearenv",
        # The worker is the sandbox's PID 1: by default bubblewrap stays there as a reaper, holding the worker's
        # protocol pipes (fds 0 and 1) and the host's environment.  Not root, it has the user's uid, is dumpable
        # and has no seccomp filter, so a sample at that uid opened its memory read-write, its environment, and
        # its stdout, the worker's replies to the host, where a frame it wrote became its run's reply (1 us of
        # CPU, outputs of its choosing) and every later reply went to the run after.  The worker is non-dumpable.
        "--as-pid-1",
    ]
    privileged = os.geteuid() == 0
    if not privileged:
        # In a user namespace the root and /dev tmpfs that bubblewrap makes belong to the worker's own uid (root's,
        # otherwise): writable, executable and unbounded for every run unless read-only, as they are for root.
        cmd += ["--remount-ro", "/dev", "--remount-ro", "/", "--unshare-user"]
    uid, gid = private_tmp_dir.NOBODY
    if counter == "callgrind" and not privileged:
        # Not root: the user namespace maps our own uid to nobody's, so the worker is nobody without setpriv (which
        # could not change uid here), and the private /tmp we own is nobody's inside.
        cmd += ["--uid", str(uid), "--gid", str(gid)]
    for key, value in WORKER_ENV.items():
        cmd += ["--setenv", key, value]
    if counter == "callgrind":
        if private_tmp is None:
            raise ValueError("a callgrind worker needs its private /tmp")
        cmd += ["--setenv", "EFFBENCH_COUNTER", "callgrind"]
        if privileged:
            cmd += ["setpriv", f"--reuid={uid}", f"--regid={gid}", f"--groups={gid}", "--"]
        else:  # the host could not mount its /tmp noexec: it mounts one itself
            options, prefix_cmd = private_tmp_dir.mounting_in_sandbox(python)
            cmd += [*options, *prefix_cmd]
        cmd += callgrind_command(sealing.valgrind_seals())
    elif counter:  # hardware counters (runners/perfcount.py): the worker counts its children itself
        cmd += ["--setenv", "EFFBENCH_COUNTER", counter]
    if program is not None:
        return cmd + [python, "-s", "-S", f"{SANDBOX_PROGRAMS}/{program.name}"]
    return cmd + [python, "-s", "-S", f"{SANDBOX_RUNNERS}/executor.py"]


class ProcessSandbox(PooledSandbox):
    name = "process"

    def __init__(self, slot: int = 0, counter: str | None = None, program: Path | None = None):
        super().__init__(slot, counter)
        self.program = program  # None: the executor (see bwrap_command)
        self.proc: subprocess.Popen | None = None
        self.private_tmp: Path | None = None

    def counter_sealed(self) -> bool:
        return sealing.valgrind_seals()

    def _spawn(self) -> WorkerSession:
        if shutil.which("bwrap") is None:
            raise InfrastructureError("the process sandbox needs bubblewrap: install it (apt-get install bubblewrap)")
        if self.counter == "callgrind" and shutil.which("valgrind") is None:
            raise InfrastructureError("instruction counting needs valgrind here (no hardware counters): "
                                      "apt-get install valgrind")
        if self.counter == "perf" and not perf_counters_available():
            raise InfrastructureError("instruction counting with perf: this machine has no hardware counters "
                                      "(perf_event_open refuses them); count with callgrind instead")
        if self.counter == "callgrind" and shutil.which("setpriv") is None:
            raise InfrastructureError("instruction counting needs setpriv (apt-get install util-linux)")
        python, prefix = interpreter()
        try:
            if self.counter == "callgrind":
                self.private_tmp = private_tmp_dir.create(self.slot)
            cmd = bwrap_command(python, prefix, runner_source.staged(), self.counter, self.private_tmp, self.program)
            # Started as a docker worker is, with every signal's default handling, whatever effbench was started
            # with: a shell's background job ignores SIGINT and SIGQUIT, and the interpreter, which sets its own
            # SIGINT handler at start only where that signal is not ignored, then left another heap behind (33
            # instructions more on one sample; the executor's own reset comes after that).
            cmd = [*DEFAULT_SIGNALS, *cmd]
            if self.cpu is not None:  # the worker and every child it forks run on this slot's core alone
                cmd = ["taskset", "--cpu-list", str(self.cpu), *cmd]
            self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, start_new_session=True)
        except BaseException:
            self._terminate()  # nothing half-made stays behind
            raise
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None  # both are pipes (PIPE above)
        return WorkerSession(stdin.fileno(), stdout.fileno(), f"process sandbox slot {self.slot}")

    def _wake(self) -> None:
        proc = self.proc
        if proc is not None:
            _kill(proc)  # its pipes close: the owner's read ends; the owner reaps it in close()

    def _terminate(self) -> None:
        proc, self.proc = self.proc, None
        try:
            if proc is not None:
                _stop(proc)
        finally:
            private_tmp_dir.remove(self.private_tmp)
            self.private_tmp = None


def _kill(proc: subprocess.Popen) -> None:
    """Kill the sandbox: its PID 1 (the worker), then bubblewrap.  Killing bubblewrap alone does not end a worker
    that changed its uid (setpriv, the counting worker as root): the change clears the parent-death signal that
    --die-with-parent set, so a busy worker ran on as nobody under init after the run had stopped, its private
    /tmp still mounted, and held its pipes open, so that the stopping run's wait for it went on to the run's limit
    (setpriv's own --pdeathsig does not reach a namespace's PID 1 either: measured).  SIGKILL from this namespace
    reaches the worker, and with it every process of its PID namespace."""
    if proc.poll() is not None:
        return
    for worker in _children(proc.pid):
        try:
            os.kill(worker, signal.SIGKILL)
        except OSError:  # gone already
            pass
    proc.kill()


def _children(pid: int) -> list[int]:
    """The processes *pid* started (read from /proc, not psutil: this module is imported by the process sandbox's
    own callers, which an unprivileged user runs with nothing but the system's interpreter)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(child) for child in fh.read().split()]
    except FileNotFoundError:  # a kernel without CONFIG_PROC_CHILDREN: each process's parent, from its stat line
        found = []
        for entry in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
        return found
    except (OSError, ValueError):
        return []


def _stop(proc: subprocess.Popen) -> None:
    _kill(proc)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    for stream in (proc.stdin, proc.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass
