"""Sandbox images for the docker sandbox, tagged by content hash.

Two recipes build an image holding the in-sandbox executor (``runners/``) at /opt/effbench-runners:

* **dockerfile** -- ``runners/images/Dockerfile``, ``FROM python:3.11-slim`` plus valgrind: the usual path for anyone
  with a registry.
* **offline** -- no registry at all: a root filesystem assembled from *this* machine (the real interpreter at its real
  path, libpython, the stdlib with its compiled ``.pyc`` files and extension modules, every shared library ``ldd``
  names for them with their separate debug info, the dynamic loader, the C.UTF-8 locale, valgrind with the callgrind
  tool, ``/bin/sh`` for valgrind's wrapper script, a passwd/group naming the unprivileged user, and ``runners/``),
  imported with the engine's image-import endpoint.
  Because it runs the very interpreter the process sandbox runs, at the same path and with the same ``.pyc`` state,
  instruction counts agree between the two runners.

The tag is ``effbench-runner:<hash12>`` where the hash covers the recipe (this module's own source and
:mod:`.debug_info`'s, so any change to them rebuilds), ``runners/``, the Python version and path, the C library and
valgrind; a build is skipped when an image with that tag exists.  An offline build removes the older offline images
of its own installation, never another's (:func:`prune`).  An offline image copies this machine's callgrind, so it
ignores client requests when this machine's does (:mod:`.sealing`; the label ``effbench.callgrind-sealed`` says so);
a Dockerfile image holds the distribution's valgrind, which does not.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from effbench.errors import InfrastructureError
from effbench.sandbox import debug_info, process, runner_source, sealing
from effbench.sandbox.build_lock import one_build_at_a_time
from effbench.sandbox.private_tmp import NOBODY

REPO = "effbench-runner"
SANDBOX_RUNNERS = process.SANDBOX_RUNNERS  # where the executor package is mounted (one home: process)
USER = NOBODY  # nobody:nogroup, as the process sandbox's counting worker
VALGRIND_TOOLS = ("callgrind", "cachegrind", "none")
VALGRIND_LIB = "/usr/libexec/valgrind"
# Large parts of the stdlib left out of the offline image: the test suite, site-packages (not on sys.path with -s -S)
# and the static library.  They stay as empty directories because the import system caches directory *listings*,
# and a different listing changes the worker's heap, hence instruction counts.
STDLIB_EMPTY = ("test", "site-packages", "config-")
LABEL = "effbench.image"
SEALED_LABEL = "effbench.callgrind-sealed"
INSTALL_LABEL = "effbench.install"  # offline images: which installation built it (installation())


@dataclass(frozen=True)
class ImageRef:
    tag: str
    id: str
    recipe: str
    python: str  # the interpreter's path inside the image
    prefix: str = ""  # offline images: the host prefix the interpreter was copied from
    built: bool = False
    sealed: bool = False  # its callgrind ignores client requests (effbench.sandbox.sealing)


def runners_dir() -> Path:
    return runner_source.runners_dir()


def _interpreter() -> tuple[str, Path]:
    return process.interpreter()


def content_hash(recipe: str = "offline", base: str | None = None) -> str:
    """What the image is made of, cheaply: recipe, executor sources, interpreter, libc and valgrind identity (and
    the base image, when the Dockerfile is built on another than its default)."""
    h = hashlib.sha256()

    def part(name: str, data: bytes) -> None:
        h.update(name.encode() + b"\0" + len(data).to_bytes(8, "big") + data)

    part("recipe", recipe.encode())
    if base:
        part("base", base.encode())
    part("recipe-source", Path(__file__).read_bytes() + Path(debug_info.__file__).read_bytes())
    part("runners", runner_source.runners_digest(runners_dir()).encode())
    if recipe == "offline":
        python, prefix = _interpreter()
        part("python", f"{sys.version}|{python}|{prefix}".encode())
        part("libc", (os.confstr("CS_GNU_LIBC_VERSION") or "").encode())
        # every valgrind file the image copies: a callgrind tool built to ignore client requests is another image
        for tool in _valgrind_files() or ["/usr/bin/valgrind", "/usr/bin/valgrind.bin"]:
            st = os.stat(tool) if os.path.exists(tool) else None
            part(tool, f"{st.st_size}:{int(st.st_mtime)}".encode() if st else b"absent")
    return h.hexdigest()


def tag_for(recipe: str = "offline", base: str | None = None) -> str:
    return f"{REPO}:{content_hash(recipe, base)[:12]}"


# ---------------------------------------------------------------- offline root filesystem
def ldd(path: str) -> list[str]:
    """Absolute paths of the shared objects *path* loads (the loader included), as the dynamic linker resolves them."""
    try:
        out = subprocess.run(["ldd", path], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InfrastructureError(f"offline image: ldd {path} failed ({exc})") from None
    libs = []
    for line in out.splitlines():
        line = line.strip()
        target = line.split("=>", 1)[1].strip() if "=>" in line else line
        target = target.split(" (", 1)[0].strip()
        if target.startswith("/"):
            libs.append(target)
    return libs


class RootFS:
    """Collects host paths into a tar, keeping every symlink on the way (so /lib -> usr/lib stays as on the host)."""

    def __init__(self, tar: tarfile.TarFile):
        self.tar = tar
        self.seen: set[str] = set()

    def _entry(self, info: tarfile.TarInfo, data=None) -> None:
        info.uname = info.gname = ""
        info.uid = info.gid = 0
        if info.isdir():
            info.mode |= 0o555  # e.g. /root is 0700 on the host: the unprivileged user must reach the prefix below it
        self.tar.addfile(info, data)

    def _copy(self, path: str) -> None:
        """One host entry (file, directory or symlink, not followed), its parent directories first."""
        if path in self.seen or path in ("/", ""):
            return
        self._copy(os.path.dirname(path))
        self.seen.add(path)
        info = self.tar.gettarinfo(path, path.lstrip("/"))
        if info.isreg():
            with open(path, "rb") as fh:
                self._entry(info, fh)
        else:
            self._entry(info)

    def add(self, path: str) -> None:
        """Add *path* exactly where it is on the host, with every symlink met on the way to it."""
        parts = [p for p in path.split("/") if p]
        current = ""
        for i, name in enumerate(parts):
            current = f"{current}/{name}"
            if os.path.islink(current):
                self._copy(current)
                target = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))
                rest = "/".join(parts[i + 1:])
                return self.add(os.path.join(target, rest) if rest else target)
        self._copy(current)

    def tree(self, root: str, skip=lambda rel: False) -> None:
        """Add *root* recursively (real files below it; *skip* gets paths relative to root)."""
        self.add(root)
        real = os.path.realpath(root)
        for dirpath, dirnames, filenames in os.walk(real):
            rel_dir = os.path.relpath(dirpath, real)
            dirnames[:] = sorted(d for d in dirnames if not skip(os.path.normpath(os.path.join(rel_dir, d))))
            for name in sorted(filenames) + dirnames:
                rel = os.path.normpath(os.path.join(rel_dir, name))
                if not skip(rel):
                    self.add(os.path.join(real, rel))

    def synthetic(self, path: str, mode: int, data: bytes | None = None, mtime: int = 0) -> None:
        """An entry that is not copied from the host: a directory, or a file holding *data*."""
        info = tarfile.TarInfo(path.lstrip("/"))
        info.mode, info.mtime = mode, mtime
        if data is None:
            info.type = tarfile.DIRTYPE
        else:
            info.size = len(data)
        self.seen.add(path)
        self._entry(info, None if data is None else io.BytesIO(data))


def _stdlib_skip(rel: str) -> bool:
    """Skip the contents (not the directory itself) of STDLIB_EMPTY, and optimised .pyc files nothing loads."""
    top, _, rest = rel.partition(os.sep)
    return bool(rest) and top.startswith(STDLIB_EMPTY) or rel.endswith((".opt-1.pyc", ".opt-2.pyc"))


def _valgrind_files() -> list[str]:
    if not os.path.exists("/usr/bin/valgrind.bin") or not os.path.isdir(VALGRIND_LIB):
        return []
    plat = {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)
    names = [f"{t}-{plat}-linux" for t in VALGRIND_TOOLS] + [f"vgpreload_core-{plat}-linux.so"]
    names += [n for n in os.listdir(VALGRIND_LIB) if n.endswith(".supp")]
    return ["/usr/bin/valgrind", "/usr/bin/valgrind.bin"] + [
        os.path.join(VALGRIND_LIB, n) for n in sorted(names) if os.path.exists(os.path.join(VALGRIND_LIB, n))]


def _locale_files() -> list[str]:
    """The C.UTF-8 locale the worker runs in (LANG) and glibc's converter index: without them glibc falls back to
    its built-in locale, which changes the instruction counts of the same code."""
    out = []
    if os.path.isdir("/usr/lib/locale/C.utf8"):
        out.append("/usr/lib/locale/C.utf8")
    gconv = os.path.join(os.path.dirname(os.path.realpath(ldd_libc())), "gconv")
    for name in ("gconv-modules", "gconv-modules.cache", "gconv-modules.d"):
        if os.path.exists(os.path.join(gconv, name)):
            out.append(os.path.join(gconv, name))
    return out


def ldd_libc() -> str:
    python, _ = _interpreter()
    return next((lib for lib in ldd(python) if "/libc.so" in lib), "/lib/x86_64-linux-gnu/libc.so.6")


def write_offline_rootfs(out: Path) -> str:
    """Write the offline image's root filesystem to *out* (a tar); returns the interpreter path inside it."""
    python, prefix = _interpreter()
    stdlib = Path(sys.base_prefix).resolve() / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    binaries = [python, "/bin/sh"] + _valgrind_files()
    dynload = sorted(str(p) for p in (stdlib / "lib-dynload").glob("*.so"))
    with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tar:
        fs = RootFS(tar)
        for top in ("/bin", "/sbin", "/lib", "/lib64", "/usr/bin", "/usr/lib"):
            if os.path.lexists(top):
                fs.add(top)
        for d in ("/proc", "/sys", "/dev", "/etc", "/sock"):
            fs.synthetic(d, 0o755)
        fs.synthetic("/tmp", 0o1777)
        fs.synthetic("/etc/passwd", 0o644, f"root:x:0:0:root:/root:/bin/sh\n"
                                           f"nobody:x:{USER[0]}:{USER[1]}:nobody:/nonexistent:/bin/sh\n".encode())
        fs.synthetic("/etc/group", 0o644, f"root:x:0:\nnogroup:x:{USER[1]}:\n".encode())
        fs.tree(str(stdlib), _stdlib_skip)
        libs: list[str] = []
        for binary in binaries + dynload:
            fs.add(binary)
            if not binary.endswith((".supp",)):
                libs += ldd(binary)
        for lib in sorted(set(libs)):
            fs.add(lib)
        if os.path.isdir("/usr/lib/debug"):
            fs.add("/usr/lib/debug")  # valgrind's wrapper puts it on LD_LIBRARY_PATH: the loader probes it
        for path in debug_info.debug_files([python] + dynload + sorted(set(libs))):
            fs.add(path)
        for path in _locale_files():
            fs.tree(path) if os.path.isdir(path) else fs.add(path)
        # What the process sandbox mounts, every file of it: the runner's and their bytecode (runner_source.staged),
        # so the directory listing and what the worker loads are the same whether or not the runner mounts it.
        staged = runner_source.staged()
        for runner_file in sorted(p for p in staged.rglob("*") if p.is_file()):
            target = PurePosixPath(SANDBOX_RUNNERS) / runner_file.relative_to(staged).as_posix()
            for parent in reversed(target.parents[:-1]):
                if str(parent) not in fs.seen:
                    fs.synthetic(str(parent), 0o755)
            fs.synthetic(str(target), 0o644, runner_file.read_bytes(), mtime=int(runner_file.stat().st_mtime))
    return python


# ---------------------------------------------------------------- the engine side
def find_image(client, tag: str) -> ImageRef | None:
    import docker
    try:
        image = client.images.get(tag)
    except docker.errors.ImageNotFound:
        return None
    labels = image.labels or {}
    return ImageRef(tag, image.id, labels.get("effbench.recipe", "?"), labels.get("effbench.python", ""),
                    labels.get("effbench.prefix", ""), sealed=labels.get(SEALED_LABEL) == "yes")


def build_offline(client, force: bool = False) -> ImageRef:
    """Build (or find) the offline image for the current content hash."""
    return _found_or_built(client, tag_for("offline"), force, lambda tag: _import_offline(client, tag))


def _found_or_built(client, tag: str, force: bool, build: Callable[[str], ImageRef]) -> ImageRef:
    """The image tagged *tag*, else (or with *force*) the one *build* makes, one build at a time."""
    found = None if force else find_image(client, tag)
    if found is None:
        with one_build_at_a_time(runners_dir()):
            found = None if force else find_image(client, tag)  # another run's, built while this one waited
            return found if found is not None else build(tag)
    return found


def _import_offline(client, tag: str) -> ImageRef:
    import docker
    with tempfile.TemporaryDirectory(prefix="effbench-image-") as tmp:
        tar_path = Path(tmp) / "rootfs.tar"
        python = write_offline_rootfs(tar_path)
        repo, _, version = tag.partition(":")
        # the image holds this machine's valgrind files, so its callgrind seals as this machine's does
        sealed = "yes" if sealing.valgrind_seals() else "no"
        changes = [f"LABEL {LABEL}=runner effbench.recipe=offline effbench.python={python} "
                   f"effbench.prefix={_interpreter()[1]} effbench.hash={content_hash('offline')} "
                   f"{SEALED_LABEL}={sealed} {INSTALL_LABEL}={installation()}",
                   "WORKDIR /tmp", f"USER {USER[0]}:{USER[1]}"]
        try:
            client.api.import_image(src=str(tar_path), repository=repo, tag=version, changes=changes)
        except docker.errors.APIError as exc:
            raise InfrastructureError(f"offline image: the engine refused the import ({exc.explanation})") from None
    found = find_image(client, tag)
    if found is None:
        raise InfrastructureError(f"offline image: {tag} is missing after the import")
    prune(client, keep=found.id)
    return dataclasses.replace(found, built=True)


def installation() -> str:
    """Which effbench installation builds an offline image: a digest of its environment (``sys.prefix``) and its
    runner files' directory.  Two checkouts, or two venvs of one checkout, on one engine are two installations."""
    where = f"{sys.prefix}\0{runners_dir()}".encode()
    return hashlib.sha256(where).hexdigest()[:12]


def prune(client, keep: str) -> list[str]:
    """Remove the older offline images of this installation (each is ~100 MB), once it has built *keep*; one still
    used by a container stays (best effort).  Another installation's images stay: removing them made each of two
    installations sharing an engine (a CI runner's two checkouts) build its own again at its next run, and a run of
    the other could lose its image between two worker containers.  An image built before effbench labelled them
    has no installation: it is left for the user to remove."""
    import docker
    removed = []
    mine = [f"{LABEL}=runner", "effbench.recipe=offline", f"{INSTALL_LABEL}={installation()}"]
    for image in client.images.list(filters={"label": mine}):
        if image.id == keep:
            continue
        try:
            client.images.remove(image.id, noprune=False)
            removed.append(image.id)
        except docker.errors.APIError:
            pass  # in use, or already gone
    return removed


def build_dockerfile(client, force: bool = False, base: str | None = None) -> ImageRef:
    """Build from runners/images/Dockerfile; needs a registry to pull the base image (python:3.11-slim, or *base*).
    The base is only pulled when it is not already on this machine."""
    return _found_or_built(client, tag_for("dockerfile", base), force,
                           lambda tag: _build_from_dockerfile(client, tag, base))


def _build_from_dockerfile(client, tag: str, base: str | None) -> ImageRef:
    import docker
    try:
        # From a copy of the runner's files alone, not runners/ itself, which holds whatever bytecode this host wrote
        # (the tag ignores it); the recipe compiles them with the image's own interpreter.
        with tempfile.TemporaryDirectory(prefix="effbench-build-") as context:
            runner_source.copy_runner_files(runners_dir(), Path(context))
            client.images.build(path=context, dockerfile="images/Dockerfile", tag=tag, rm=True,
                                buildargs={"BASE": base} if base else None,
                                labels={LABEL: "runner", "effbench.hash": content_hash("dockerfile", base)})
    except (docker.errors.BuildError, docker.errors.APIError) as exc:
        why = str(getattr(exc, "msg", None) or getattr(exc, "explanation", None) or exc).strip().splitlines()
        raise InfrastructureError(f"dockerfile image: build failed ({why[-1] if why else exc}); without a registry, "
                                  "use `effbench image build --offline`") from None
    found = find_image(client, tag)
    if found is None:
        raise InfrastructureError(f"dockerfile image: {tag} is missing after the build")
    return dataclasses.replace(found, built=True)


def resolve_image(client, build: bool = True) -> ImageRef:
    """The image the docker runner uses: $EFFBENCH_IMAGE if set, else the offline image for the current hash (same
    interpreter as the process runner), else the Dockerfile one, else a fresh offline build."""
    wanted = os.environ.get("EFFBENCH_IMAGE")
    if wanted:
        found = find_image(client, wanted)
        if found is None:
            raise InfrastructureError(f"docker runner: image {wanted} ($EFFBENCH_IMAGE) does not exist")
        return found
    for recipe in ("offline", "dockerfile"):
        found = find_image(client, tag_for(recipe))
        if found is not None:
            return found
    if not build:
        raise InfrastructureError(f"docker runner: no runner image {tag_for('offline')}; "
                                  "run `effbench image build --offline`")
    return build_offline(client)
