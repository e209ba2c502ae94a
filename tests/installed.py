"""effbench as a user gets it: the wheel built from this checkout, installed (not editable) into a fresh venv, run from
a directory that is not the checkout by an ordinary user (no root, no sudo), as on a GitHub-hosted runner.

The venv is made from the system's Python when it has one (Debian 12's /usr/bin/python3): the interpreter a fresh
machine has, and one an unprivileged user can run (pyenv's lives under /root here, which only root may enter).  The
user is created when missing (the tests run as root, as CI does: ``bash .ci/run``); ``.ci/setup`` creates it too.
"""
from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USER = "effbench-ci"  # an ordinary user in the docker group, like the runner user of a hosted CI machine
SYSTEM_PYTHON = "/usr/bin/python3"


def base_python() -> str:
    """The interpreter for the venv: the system's (3.11+), else this one."""
    if os.path.exists(SYSTEM_PYTHON):
        ok = subprocess.run([SYSTEM_PYTHON, "-c", "import sys, venv, ensurepip; assert sys.version_info >= (3, 11)"],
                            capture_output=True)
        if ok.returncode == 0:
            return SYSTEM_PYTHON
    return sys.executable


def ensure_user(name: str = USER, docker: bool = True) -> pwd.struct_passwd:
    """The unprivileged user, created when missing (root only)."""
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pass
    cmd = ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name]
    try:
        grp.getgrnam("docker")
        if docker:
            cmd[1:1] = ["--groups", "docker"]
    except KeyError:
        pass
    subprocess.run(cmd, check=True, capture_output=True)
    return pwd.getpwnam(name)


@dataclass(frozen=True)
class Installed:
    """A venv holding the installed wheel, and a world-readable scratch directory for the user's work."""
    venv: Path
    wheel: Path
    scratch: Path
    user: pwd.struct_passwd

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    def workdir(self, name: str) -> Path:
        """A fresh empty directory that the user owns (not the checkout, not root's 0700 temp dirs)."""
        path = self.scratch / name
        path.mkdir()
        os.chown(path, self.user.pw_uid, self.user.pw_gid)
        return path

    def env(self, cwd: Path, **extra: str) -> dict[str, str]:
        """What a login would give the user: no PYTHONPATH pointing at the checkout, the venv first on PATH."""
        return {"HOME": str(cwd), "PATH": f"{self.bin}:/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
                "USER": self.user.pw_name, **extra}

    def as_user(self, cmd: list[str], cwd: Path, timeout: float = 900, groups: bool = True,
                **extra: str) -> subprocess.CompletedProcess:
        """*cmd* run by the unprivileged user (setpriv: uid, gid and its groups, or no supplementary groups)."""
        drop = ["setpriv", f"--reuid={self.user.pw_uid}", f"--regid={self.user.pw_gid}",
                "--init-groups" if groups else "--clear-groups"]
        return subprocess.run([*drop, "--", *cmd], cwd=cwd, env=self.env(cwd, **extra), capture_output=True,
                              text=True, timeout=timeout)


def clean_env() -> dict[str, str]:
    """This environment without PYTHONPATH: the checkout on it would make pip see effbench as installed already."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


SOURCE_IGNORE = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "runs", "__pycache__", ".shim",
                                       ".pytest_cache", ".hypothesis", ".benchmarks", ".effbench-cache", ".venv")


#: A task of a kind the suite has none of yet, added to the copy every wheel of the tests is built from: its
#: generator reads a data file of its own (data/bounds.txt), which the wheel must ship for the task to work
#: installed.  Made from the fixture task prefix-max, so it validates in seconds.
DATA_TASK = "data-file-task"
DATA_TASK_GENERATOR = """from pathlib import Path

LOW, HIGH = map(int, (Path(__file__).parent / "data" / "bounds.txt").read_text().split())


def generate(size, rng):
    return [[rng.randint(LOW, HIGH) for _ in range(size)]]
"""


def add_data_task(tasks_dir: Path) -> Path:
    """:data:`DATA_TASK` made in *tasks_dir*: the fixture task prefix-max renamed, with a data file its generator
    reads, in a folder no other file of the suite's tasks is in."""
    task = tasks_dir / DATA_TASK
    shutil.copytree(ROOT / "tests" / "fixtures" / "tasks" / "prefix-max", task)
    manifest = task / "task.toml"
    manifest.write_text(manifest.read_text().replace('id = "prefix-max"', f'id = "{DATA_TASK}"', 1))
    (task / "generator.py").write_text(DATA_TASK_GENERATOR)
    (task / "data").mkdir()
    (task / "data" / "bounds.txt").write_text("-1000000 1000000\n")
    return task


def copy_source(dest: Path) -> Path:
    """The project's source as a fresh clone has it (setuptools builds in the tree, and a stale build/ there
    would put files in the wheel that the checkout no longer has), and :data:`DATA_TASK` in its suite: what a task
    author may add, proved installed along with the suite (tests/test_install.py)."""
    shutil.copytree(ROOT, dest, ignore=SOURCE_IGNORE, symlinks=True)
    add_data_task(dest / "tasks")
    return dest


def build_wheel(source: Path, dest: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check",
                    "-w", str(dest), str(source)], check=True, capture_output=True, timeout=600, env=clean_env())
    (wheel,) = dest.glob("effbench-*.whl")
    return wheel


def wheel_from_checkout(scratch: Path) -> Path:
    """The wheel as pip builds it from a fresh copy of this checkout."""
    return build_wheel(copy_source(scratch / "source"), scratch / "wheel")


def install(scratch: Path, wheel: Path) -> Installed:
    """Make a fresh venv and install *wheel* into it (dependencies from the index)."""
    user = ensure_user()
    os.chmod(scratch, 0o755)
    venv = scratch / "venv"
    subprocess.run([base_python(), "-m", "venv", str(venv)], check=True, capture_output=True, timeout=300,
                   env=clean_env())
    res = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                          str(wheel)], capture_output=True, text=True, timeout=900, env=clean_env())
    assert res.returncode == 0, res.stderr[-3000:]
    # The fixture task suite, where the user can read it (a checkout may live under root's home).
    shutil.copytree(ROOT / "tests" / "fixtures" / "tasks", scratch / "fixture-tasks")
    return Installed(venv, wheel, scratch, user)


def make_scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="effbench-installed-"))


def delete_in_background(path: Path) -> None:
    """Delete *path* in a process this one does not wait for (``rm -rf``, in a session of its own, left running).
    The scratch holds a venv with effbench's dependencies (numpy, scipy, matplotlib; test_install adds Ray): about a
    gigabyte in ten thousand files, which this VM's disk (ext4 mounted with ``discard``) took 57 to 95 s to delete at
    the end of a run, the slowest teardown of the suite; nothing the tests check waits for it.  At the lowest CPU and
    I/O priority: .ci/run's timed benchmark steps start as soon as the tests end."""
    subprocess.run(["sh", "-c", 'nice -n 19 ionice -c 3 rm -rf -- "$1" >/dev/null 2>&1 &', "sh", str(path)],
                   start_new_session=True, check=True, timeout=60)


def run_checkout_as_user(script: str, args: list[str], stdin: str, timeout: float = 600
                         ) -> subprocess.CompletedProcess:
    """*script* (Python source) run by the unprivileged user with the system's interpreter and this checkout on its
    PYTHONPATH, from a world-readable scratch home (pytest's temp dirs are root's and 0700), the in-sandbox package
    importable under its installed name (a fresh checkout has no .shim): the process runner as an ordinary user
    runs it, without building the wheel.  The caller skips when not root or without a system interpreter."""
    user = ensure_user()
    home = Path(tempfile.mkdtemp(prefix="effbench-as-user-", dir="/tmp"))
    try:
        os.chmod(home, 0o777)  # the user writes its cache here
        (home / "shim").mkdir(mode=0o755)
        (home / "shim" / "effbench_runners").symlink_to(ROOT / "runners")
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(home),
               "PYTHONPATH": f"{home / 'shim'}:{ROOT}", "EFFBENCH_CACHE": str(home / "cache")}
        return subprocess.run(["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--init-groups",
                               "--", SYSTEM_PYTHON, "-c", script, *args], input=stdin, cwd=home, env=env,
                              capture_output=True, text=True, timeout=timeout)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def can_switch_to_user() -> bool:
    """Root (to switch) and a system interpreter the user may run (pyenv's lives under /root here)."""
    return os.geteuid() == 0 and os.path.exists(SYSTEM_PYTHON)
