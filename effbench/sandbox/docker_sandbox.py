"""The docker sandbox: the same executor, as PID 1 of a long-lived hardened container, one container per slot.

Starting a container costs about half a second, so containers are workers, not per-run throwaways: the executor
inside has a fresh confined child forked per run by its fork server (a counting worker's by its zygote), exactly as
in the process sandbox, and measures it from outside.

Transport: the host listens on a Unix socket in a fresh private directory, bind-mounted read-only at /sock; the
container's entry (runners/launch.py) connects, makes the connection its stdin/stdout and execs the executor, which
then speaks its usual framed protocol.  No attach stream (its multiplexing would mangle binary frames), and nothing
in the container can write to the host.

Every container: no network, read-only root, a private 64 MiB noexec tmpfs /tmp (the only writable place), no IPC
objects (SysV limits zeroed, no /dev/shm), memory and pids limits, every capability dropped, no-new-privileges, the
unprivileged user, one CPU per slot, and labels naming the host process so containers of a dead run are reaped.
The child runs at the worker's uid (an unprivileged user cannot hand out another), so the executor puts back what a
uid of its own gave it in the process sandbox: the child's seccomp filter (runners/guard.py, in every child of
both runners) also refuses syscalls aimed at other processes, a non-dumpable worker, and a wipe of /tmp after every run.
"""
from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any

import psutil

from effbench.sandbox import host_paths, images, runner_source
from effbench.errors import InfrastructureError
from effbench.sandbox.client import PooledSandbox, WorkerStartError, WorkerSession
from effbench.sandbox.base import WRITABLE_MB
from effbench.sandbox.process import WORKER_ENV, callgrind_command, interpreter, interpreter_paths, package_dirs

LABEL = "effbench"
SOCK_DIR = "/sock"
SOCK_PREFIX = "effbench-docker-"  # the host side of /sock: a fresh private temp dir per worker
PING_TIMEOUT = 2.0
START_TIMEOUT = 60.0
MEM_LIMIT = "2g"   # above any task's address-space limit plus the worker, so the task's own limit trips first
PIDS_LIMIT = 64
HIDDEN = "ro,size=4k,mode=755"  # an empty folder in place of one the container must not see
TMPFS = f"size={WRITABLE_MB}m,nr_inodes=16k,noexec,nosuid,nodev,mode=700,uid={images.USER[0]},gid={images.USER[1]}"
# valgrind opens its output file as it starts, so the count dir must exist before the worker does: the launcher
# makes it, a plain directory in /tmp, as bwrap does in the process sandbox.
COUNT_DIR = "/tmp/effbench-count"
# SysV IPC objects would outlive a run inside the container's IPC namespace (the process sandbox gives each run its
# own namespace, which needs a privilege this container does not have): allow none.
IPC_SYSCTLS = {"kernel.shmmax": "0", "kernel.shmall": "0", "kernel.msgmni": "0", "kernel.sem": "0 0 0 0",
               "fs.mqueue.queues_max": "0"}


def _client(timeout: float = 60.0):
    try:
        import docker
        return docker.from_env(version="auto", timeout=timeout)
    except ImportError:
        raise InfrastructureError("docker runner: the docker package is not installed (pip install docker)") from None
    except Exception as exc:  # noqa: BLE001 - any failure to reach the engine is the same failure
        raise InfrastructureError(f"docker runner: engine not reachable ({_short(exc)})") from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[-1] if text else type(exc).__name__)[:300]


def docker_available(timeout: float = PING_TIMEOUT) -> bool:
    """True when a Docker engine answers a ping within *timeout* seconds."""
    try:
        client = _client(timeout)
    except InfrastructureError:
        return False
    try:
        return bool(client.ping())
    except Exception:  # noqa: BLE001
        return False
    finally:
        client.close()


def _start_time(pid: int) -> str | None:
    try:
        return f"{psutil.Process(pid).create_time():.2f}"
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None


def owner_labels() -> dict:
    """Who owns a worker container: this host and process (pid plus start time, so a reused pid is not mistaken
    for the owner)."""
    me = os.getpid()
    return {LABEL: "worker", "effbench.host": socket.gethostname(), "effbench.pid": str(me),
            "effbench.started": _start_time(me) or ""}


def reap_stale(client) -> list[str]:
    """Remove this host's effbench worker containers whose owning process is gone (a killed run); returns their
    ids.  Containers of live processes, and of other hosts sharing the engine, are left alone.  Another slot of this
    run (``--jobs``) or another run on the engine may remove a worker between the listing and its inspection: such a
    container is already gone, not an error (``ignore_removed``)."""
    removed = []
    host = socket.gethostname()
    for c in client.containers.list(all=True, filters={"label": f"{LABEL}=worker"}, ignore_removed=True):
        labels = c.labels or {}
        if labels.get("effbench.host") != host:
            continue
        try:
            pid = int(labels.get("effbench.pid", "0"))
        except ValueError:
            pid = 0
        if pid and labels.get("effbench.started") == _start_time(pid):
            continue
        _remove(client, c.id)
        removed.append(c.id)
        sock_dir = labels.get("effbench.sockdir", "")
        if os.path.basename(sock_dir).startswith(SOCK_PREFIX):  # the dead run's (empty) socket directory
            shutil.rmtree(sock_dir, ignore_errors=True)
    return removed


def _remove(client, container_id: str) -> None:
    """Force-remove a container; already gone (404) or being removed (409) is fine."""
    import docker
    try:
        client.api.remove_container(container_id, force=True)
    except docker.errors.NotFound:
        pass
    except docker.errors.APIError as exc:
        if exc.status_code != 409:
            raise


class DockerSandbox(PooledSandbox):
    """Samples run by the container's unprivileged user (``user``), the worker's own uid.  ``uid()`` -- what a root
    worker would drop the child to -- keeps the base class's value: unused here, but its digits are in the job a
    counting child reads, whose length moves instruction counts."""

    name = "docker"
    user = images.USER

    def __init__(self, slot: int = 0, counter: str | None = None, image: str | None = None,
                 mount_python: bool | None = None):
        if counter not in (None, "callgrind"):
            # Docker's default seccomp profile refuses perf_event_open to a container without CAP_PERFMON, and
            # effbench drops every capability: hardware counting is for the process sandbox.
            raise InfrastructureError(f"docker runner: cannot count with {counter!r} inside a container (no "
                                      "perf_event_open there); use --runner process, or --counter callgrind")
        super().__init__(slot, counter)
        self._wanted_image = image
        self._mount_python = mount_python
        # docker ships no type information: the client (a docker.DockerClient once _prepare ran) and the worker
        # container (a docker Container while one runs) are Any to mypy, so they are declared as such.
        self.client: Any = None
        self.image: images.ImageRef | None = None
        self.container: Any = None
        self.sock: socket.socket | None = None
        self.sock_dir: str | None = None
        self.startup_seconds: float | None = None
        self._finalizer: weakref.finalize[..., Any] | None = None

    def counter_sealed(self) -> bool:
        assert self.image is not None, "a started sandbox, whose image _prepare resolved"
        return self.image.sealed

    def info(self) -> dict:
        out = super().info()
        assert self.image is not None, "info() describes a started sandbox, whose image _prepare resolved"
        out.update(image=self.image.tag, image_id=self.image.id, image_recipe=self.image.recipe,
                   python_mount=self.python_mount())
        return out

    def python_mount(self) -> str | None:
        """The host interpreter prefix to mount read-only over the image's copy, or None.

        An offline image holds a copy of this machine's interpreter at the same path, but the storage driver lists
        directories in its own order (fuse-overlayfs does), and CPython's import system caches directory listings
        as it starts: a different order leaves a different heap behind, which moves instruction counts by ~0.01%.
        Mounting the very directory the process sandbox mounts removes that difference.  Default: on for an offline
        image built from this machine's interpreter; off for any other image."""
        if self._mount_python is False or self.image is None:
            return None
        python, prefix = interpreter()
        same = self.image.recipe == "offline" and self.image.python == python and self.image.prefix == str(prefix)
        if self._mount_python and not same:
            raise InfrastructureError(f"docker runner: image {self.image.tag} was not built from this machine's "
                                      f"interpreter ({python}); cannot mount it over the image's copy")
        return str(prefix) if same and prefix.is_dir() else None

    # ------------------------------------------------------------ lifecycle
    def _prepare(self) -> None:
        if self.client is None:
            self.client = _client()
            try:
                self.client.ping()
            except Exception as exc:  # noqa: BLE001
                self.client = None
                raise InfrastructureError(f"docker runner: engine not reachable ({_short(exc)})") from None
            reap_stale(self.client)
        if self.image is None:
            if self._wanted_image:
                self.image = images.find_image(self.client, self._wanted_image)
                if self.image is None:
                    raise InfrastructureError(f"docker runner: image {self._wanted_image} does not exist")
            else:
                self.image = images.resolve_image(self.client)
            if not self.image.python:
                raise InfrastructureError(f"docker runner: image {self.image.tag} has no effbench.python label")
        if self.python_mount():
            runner_source.staged()  # made here: its failure is its own, not the engine's (volumes mounts it)

    def command(self) -> tuple[list[str], list[str]]:
        """(entrypoint, command) of a worker container: the launcher, then the executor (under valgrind when
        counting, exactly as the process sandbox starts it)."""
        assert self.image is not None, "a worker's command is made after _prepare resolved the image"
        python = self.image.python
        runners = images.SANDBOX_RUNNERS
        inner = (callgrind_command(self.image.sealed) if self.counter == "callgrind" else []) + [
            python, "-s", "-S", f"{runners}/executor.py"]
        pairs = [f"{k}={v}" for k, v in self.environment().items()]
        dirs = ["--dir", COUNT_DIR] if self.counter == "callgrind" else []
        return [python, "-s", "-S", f"{runners}/launch.py"], [f"{SOCK_DIR}/worker.sock", *dirs, *pairs, "--", *inner]

    def environment(self) -> dict:
        """The worker's environment, the same names, values and order as under bwrap (which adds PWD last)."""
        env = dict(WORKER_ENV)
        if self.counter == "callgrind":
            env["EFFBENCH_COUNTER"] = "callgrind"
        env["PWD"] = "/tmp"
        return env

    def volumes(self) -> dict:
        out = {self.sock_dir: {"bind": SOCK_DIR, "mode": "ro"}}
        prefix = self.python_mount()
        if prefix:
            out[prefix] = {"bind": prefix, "mode": "ro"}
            # the very files the process sandbox mounts, the same way (runner_source.staged says why)
            out[str(runner_source.staged())] = {"bind": images.SANDBOX_RUNNERS, "mode": "ro"}
        return out

    def mounts(self) -> dict:
        """The container's tmpfs mounts: its /tmp, and an empty read-only one over each package folder of the host
        interpreter's prefix when that is mounted (process.package_dirs says why), and over each folder of what
        effbench works on inside it (:mod:`.host_paths`)."""
        prefix = self.python_mount()
        hidden = host_paths.to_hide([Path(prefix)], interpreter_paths(*interpreter()),
                                    package_dirs(Path(prefix))) if prefix else []
        return {"/tmp": TMPFS, **{path: HIDDEN for path in hidden}}

    def container_options(self) -> dict:
        """Everything about a worker container but its image (see the module docstring for why each is there)."""
        import docker
        entrypoint, command = self.command()
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else list(range(os.cpu_count() or 1))
        return dict(
            command=command, entrypoint=entrypoint, environment={"PATH": WORKER_ENV["PATH"]},
            user=f"{self.user[0]}:{self.user[1]}", working_dir="/tmp", network_mode="none", read_only=True,
            tmpfs=self.mounts(), ipc_mode="none", sysctls=IPC_SYSCTLS, mem_limit=MEM_LIMIT, memswap_limit=MEM_LIMIT,
            pids_limit=PIDS_LIMIT, cap_drop=["ALL"], security_opt=["no-new-privileges"],
            cpuset_cpus=str(self.cpu if self.cpu is not None else cpus[self.slot % len(cpus)]),
            volumes=self.volumes(),
            labels={**owner_labels(), "effbench.slot": str(self.slot), "effbench.counter": self.counter or "",
                    "effbench.sockdir": self.sock_dir},
            log_config=docker.types.LogConfig(type="json-file", config={"max-size": "1m"}),
        )

    def _spawn(self) -> WorkerSession:
        import docker
        self._prepare()
        assert self.image is not None, "_prepare resolves the image or raises"
        started = time.perf_counter()
        self.sock_dir = tempfile.mkdtemp(prefix=SOCK_PREFIX)
        os.chmod(self.sock_dir, 0o711)
        path = os.path.join(self.sock_dir, "worker.sock")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(path)
            listener.listen(1)
            try:
                os.chown(path, *self.user)
                os.chmod(path, 0o600)
            except PermissionError:  # not root on the host: only this private directory's name protects it
                os.chmod(path, 0o666)
            try:
                # create + start, never run(): run() pulls a missing image from a registry.
                self.container = self.client.containers.create(self.image.tag, **self.container_options())
                self._finalizer = weakref.finalize(self, _remove, self.client, self.container.id)
                self.container.start()
            except docker.errors.APIError as exc:
                raise InfrastructureError(f"docker runner: cannot start a worker container "
                                          f"({_short(exc)})") from None
            except (docker.errors.DockerException, OSError) as exc:  # the engine went away
                raise InfrastructureError(f"docker runner: engine not reachable ({_short(exc)})") from None
            self.sock = self._accept(listener)
        except BaseException:
            try:
                self._terminate()  # nothing half-started stays behind, Ctrl-C included
            except Exception:  # noqa: BLE001 - the first failure is the one to report; the reaper gets the rest
                pass
            raise
        finally:
            listener.close()
            if os.path.lexists(path):
                os.unlink(path)
        self.startup_seconds = time.perf_counter() - started
        fd = self.sock.fileno()
        return WorkerSession(fd, fd, f"docker worker slot {self.slot} ({self.container.short_id})")

    def _accept(self, listener: socket.socket) -> socket.socket:
        """The worker's connection, or a clear error if its container exits or stays silent."""
        import docker
        deadline = time.monotonic() + START_TIMEOUT
        listener.settimeout(0.2)
        while True:
            try:
                conn, _ = listener.accept()
                conn.setblocking(True)
                return conn
            except TimeoutError:
                pass
            self._check_stopping()  # _spawn's clean-up removes the half-started container
            try:
                self.container.reload()
            except (docker.errors.DockerException, OSError) as exc:
                raise WorkerStartError(f"docker runner: worker container vanished at start ({_short(exc)})") from None
            if self.container.status not in ("created", "running"):
                logs = self.container.logs(tail=5).decode(errors="replace").strip()
                raise WorkerStartError(f"docker runner: worker container exited at start "
                                       f"({self.container.attrs['State'].get('ExitCode')}: {logs[-300:]})")
            if time.monotonic() > deadline:
                raise WorkerStartError(f"docker runner: worker container did not connect in {START_TIMEOUT:.0f}s")

    def _wake(self) -> None:
        sock = self.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # the owner's select returns, its read sees the end; it closes
            except OSError:
                pass

    def _terminate(self) -> None:
        sock, self.sock = self.sock, None
        if sock is not None:
            sock.close()
        container, self.container = self.container, None
        sock_dir, self.sock_dir = self.sock_dir, None
        try:
            if container is not None:
                if self._finalizer is not None:
                    self._finalizer.detach()
                    self._finalizer = None
                _remove(self.client, container.id)
        except Exception:  # noqa: BLE001 - engine gone: the container is labelled, the next start reaps it
            pass
        finally:
            if sock_dir:
                shutil.rmtree(sock_dir, ignore_errors=True)
