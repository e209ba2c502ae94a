"""``effbench run --executor ray``: task work units on a real Ray cluster, results written by the driver alone.

A real Ray cluster (ray 2.x, started by the driver for the run: ``ray.init`` with the machine's cores) measures the
small suite in instructions mode, one of its workers killed mid-task; every count, status and verdict must equal a
local run's.  Ray advertises and
listens on the machine's outward interface, so the run happens in a network namespace the test makes, holding
loopback alone: no Ray traffic can leave it.  Its token and session files go to a private HOME and temp dir."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

from effbench.measuring.ray_executor import MemoryStore
from effbench.measuring.records import RunRecord
from effbench.schema_check import run_dir_problems

from .small_suite import LocalRun, make_suite, records

pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'effbench[ray]')")

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd: list[str], env: dict, timeout: float) -> subprocess.Popen:
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _finish(proc: subprocess.Popen, timeout: float) -> tuple[int, str]:
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        pytest.fail(f"timed out after {timeout}s: {err[-2000:]}")
    return proc.returncode, err


def _streamed_before_finish(driver: subprocess.Popen, out: Path, deadline: float) -> bool:
    """Whether a task's records grew in the run store, poll after poll, before its unit returned (run.json's
    ``nodes`` marks it ``finished`` then): records stream to the driver as they are measured, where a unit's
    results used to be written in one burst when it ended."""
    seen: dict[str, set[int]] = {}
    while time.monotonic() < deadline and driver.poll() is None:
        try:
            tasks = [json.loads(line)["task"] for line in (out / "records.jsonl").read_text().splitlines()[:-1]]
            nodes = json.loads((out / "run.json").read_text()).get("nodes") or {}
        except (OSError, ValueError):
            tasks, nodes = [], {}
        for task in set(tasks):
            if not nodes.get(task, {}).get("finished"):
                seen.setdefault(task, set()).add(tasks.count(task))
        if any(len(counts) >= 2 for counts in seen.values()):
            return True
        time.sleep(0.05)
    return False


def _kill_one_worker(driver: subprocess.Popen, deadline: float) -> bool:
    """SIGKILL the first Ray worker seen measuring a task (Ray titles it ``ray::measure_remote``): the driver must
    resubmit its task from what streamed in, and the run end with every record, none of them blamed on a sample."""
    while time.monotonic() < deadline and driver.poll() is None:
        for proc in psutil.process_iter(["pid", "cmdline"]):
            if (proc.info["cmdline"] or [""])[0].startswith("ray::measure_remote"):
                proc.kill()
                return True
        time.sleep(0.1)
    return False


def _two_runs(tmp_path: Path, *tools: str, suite: LocalRun | None = None) -> tuple[dict, list[str], dict, str]:
    """The small suite (*suite*'s, else one made in *tmp_path*), and what a local run and a Ray run of it need: the
    environment, the command up to its ``--out``, the Ray run's environment (a private HOME for its token, a short
    temp dir for its sockets: Ray's socket paths must stay short) and that temp dir, for the caller to remove."""
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.fail(f"the test needs {', '.join(missing)} (util-linux, iproute2) for its private network namespace")
    tasks, samples = (suite.tasks, suite.samples) if suite else make_suite(tmp_path)
    env = {**os.environ, "EFFBENCH_CACHE": str(suite.cache if suite else tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    base = [sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(tasks), "--measure",
            "instructions", "--k", "1", "--quiet"]
    home = tmp_path / "home"
    home.mkdir()
    ray_tmp = tempfile.mkdtemp(prefix="efr-", dir="/tmp")
    return env, base, {**env, "HOME": str(home), "RAY_TMPDIR": ray_tmp}, ray_tmp


def _stop(ray_tmp: str) -> None:
    """Stop this test's cluster alone, by its processes' temp dir (from :func:`_two_runs`): ``ray stop`` stops
    every Ray process it may signal, so run as root (as CI runs the tests) it stopped other users' clusters too.
    Killed outright: nothing of a test's cluster is worth a graceful stop, and its GCS server ignores SIGTERM (each
    stop waited out its 15 s of grace)."""
    procs = [p for p in psutil.process_iter(["cmdline"]) if ray_tmp in " ".join(p.info["cmdline"] or [])]
    for proc in procs:
        proc.kill()
    psutil.wait_procs(procs, timeout=15)


def _cluster(ray_tmp: str, name: str) -> list[str]:
    """The command lines of the live processes of the cluster whose temp dir is *ray_tmp* that mention *name*."""
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        line = " ".join(proc.info["cmdline"] or [])
        if ray_tmp in line and name in line and proc.info["status"] != psutil.STATUS_ZOMBIE:
            found.append(line[:200])
    return found


@pytest.mark.sandbox
def test_a_ray_cluster_counts_exactly_what_the_local_executor_counts(tmp_path, small_suite_run):
    env, base, ray_env, ray_tmp = _two_runs(tmp_path, "unshare", "ip", suite=small_suite_run)
    inner = " ".join([*base, "--out", str(tmp_path / "ray"), "--executor", "ray"])
    ray_cmd = ["unshare", "--net", "--", "sh", "-c", f"ip link set lo up && exec {inner}"]
    try:
        on_ray = _run(ray_cmd, ray_env, 0)  # compared with the session's local run (conftest.small_suite_run)
        streamed = _streamed_before_finish(on_ray, tmp_path / "ray", deadline=time.monotonic() + 120)
        killed = _kill_one_worker(on_ray, deadline=time.monotonic() + 120)
        code, err = _finish(on_ray, 240)
        assert code == 0, err[-3000:]
        got, want = records(tmp_path / "ray"), small_suite_run.records
        assert got.keys() == want.keys()
        differ = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
        assert not differ, differ
        assert sum(v[1] is not None for v in got.values()) >= 20
        meta = json.loads((tmp_path / "ray" / "run.json").read_text())
        assert meta["executor"] == {"kind": "ray", "address": None}
        assert set(meta["nodes"]) == {"pm-a", "pm-b"} and all(n["ray_node"] for n in meta["nodes"].values())
        assert meta["runner"]["counter"] == "callgrind"
        assert streamed, "no record reached the run store before its task's unit returned"
        assert killed, "no Ray worker was seen measuring a task"  # and yet nothing was lost or blamed on samples
        assert all(n.get("finished") for n in meta["nodes"].values())
        assert run_dir_problems(tmp_path / "ray") == []  # run.json's nodes and the streamed records and outputs
        # nothing of the cluster is left running
        left = _cluster(ray_tmp, "")
        assert not left, left
        shutil.copytree(small_suite_run.out, tmp_path / "local")  # a copy: the check below changes it
        _workers_are_sent_what_is_left(small_suite_run, tmp_path / "local")
    finally:
        shutil.rmtree(ray_tmp, ignore_errors=True)


def _workers_are_sent_what_is_left(suite: LocalRun, run: Path) -> None:
    """A unit's worker was sent every record of its task (a run of ten thousand samples on one task: all 700,000)
    and replayed every sample: the driver replays the plan from its store and sends the samples with a run left to
    measure, and the records of those and of the reference alone.  On the finished local run: none is left; with
    one sample's last record lost, that sample alone, with its records and its pair's."""
    from effbench.measuring.records import PAIR_PREFIX, Settings
    from effbench.measuring.replay import records_for, samples_left
    from effbench.measuring.store import RunStore
    from effbench.measuring.unit import WorkUnit
    from effbench.tasks.dpe_tier_file import load_dpe_tier_file
    from effbench.tasks.inputs import InputCache
    from effbench.tasks.samples import load_samples
    from effbench.tasks.task import load_suite

    tasks = {t.id: t for t in load_suite(suite.tasks)}
    samples = load_samples(suite.samples, tasks)
    units = [WorkUnit(t, [s for s in samples if s.task_id == t.id], load_dpe_tier_file(t)) for t in tasks.values()]
    victim = next(s for s in samples if s.info.model == "quadratic" and s.task_id == units[-1].task.id)
    lines = (run / "records.jsonl").read_text().splitlines(keepends=True)
    last = max(i for i, line in enumerate(lines) if json.loads(line)["subject"] == victim.key)
    for lost in (False, True):
        if lost:
            (run / "records.jsonl").write_text("".join(lines[:last] + lines[last + 1:]))
        store = RunStore(run)
        store.open_for_run(store.read_meta(), [])
        try:
            settings = Settings.from_dict(store.read_meta()["settings"])
            for unit in units:
                left = samples_left(unit, store, settings, InputCache(suite.cache))
                want = [victim] if lost and unit is units[-1] else []
                assert left == want
                subjects = {r["subject"] for r in records_for(unit, left, store)}
                assert {s.removeprefix(PAIR_PREFIX) for s in subjects} & {s.key for s in samples} == \
                    {s.key for s in want}
                assert any(s.startswith("ref:") for s in subjects)
        finally:
            store.close()


CLUSTER = """set -e
ip link set lo up
ray start --head --node-ip-address 127.0.0.1 --port {port} --num-cpus 1 --include-dashboard false \\
    --disable-usage-stats >{log} 2>&1
ray start --address 127.0.0.1:{port} --node-ip-address 127.0.0.1 --num-cpus 1 --disable-usage-stats >>{log} 2>&1
set +e
{run} --ray-address 127.0.0.1:{port}
code=$?
ss -Hltn >{listening}
ip -o link >{links}
exit $code
"""


@pytest.mark.sandbox
def test_a_two_node_cluster_started_apart_measures_on_both_nodes_what_one_machine_counts(tmp_path, small_suite_run):
    """A cluster as a user runs one: a head and a second node started with ``ray start``, effbench pointed at it
    with ``--ray-address``.  Both nodes measure; every count equals a local run's.  The cluster lives in a network
    namespace holding loopback alone (checked: its only link, and every listening socket in it), so no Ray traffic
    can leave the machine.  The test stops its own cluster and nothing else: it ran ``ray stop --force``, which
    (as root) killed every Ray process of the machine.  Another cluster's process stands in a decoy here (a
    second cluster is minutes to start): a process whose command line names Ray's log monitor, as ``ray stop``
    looks for it."""
    env, base, ray_env, ray_tmp = _two_runs(tmp_path, "unshare", "ip", "ss", suite=small_suite_run)
    script = CLUSTER.format(port=6399, log=tmp_path / "ray.log", listening=tmp_path / "listening",
                            links=tmp_path / "links", run=" ".join([*base, "--out", str(tmp_path / "ray")]))
    decoy = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)", "ray/_private/log_monitor.py"])
    try:
        on_ray = _run(["unshare", "--net", "--", "bash", "-c", script], ray_env, 0)
        code, err = _finish(on_ray, 300)
        log = (tmp_path / "ray.log").read_text() if (tmp_path / "ray.log").exists() else ""
        assert code == 0, (err + log)[-3000:]
        got, want = records(tmp_path / "ray"), small_suite_run.records
        assert got.keys() == want.keys() and got == want
        meta = json.loads((tmp_path / "ray" / "run.json").read_text())
        assert meta["executor"] == {"kind": "ray", "address": "127.0.0.1:6399"}
        assert len({n["ray_node"] for n in meta["nodes"].values()}) == 2, meta["nodes"]
        assert (tmp_path / "links").read_text().split(":")[1].strip() == "lo"
        assert len((tmp_path / "links").read_text().splitlines()) == 1
        listening = [line.split()[3] for line in (tmp_path / "listening").read_text().splitlines()]
        loopback_or_any = ("127.0.0.1", "[::ffff:127.0.0.1]", "[::1]", "0.0.0.0", "*", "[::]")  # any: lo alone here
        assert listening and all(a.rsplit(":", 1)[0] in loopback_or_any for a in listening), listening
        _stop(ray_tmp)
        assert decoy.poll() is None, "stopping the test's cluster stopped another cluster's process too"
    finally:
        _stop(ray_tmp)
        decoy.kill()
        decoy.wait()
        shutil.rmtree(ray_tmp, ignore_errors=True)


def test_a_worker_store_keeps_its_own_copy_of_expected_outputs():
    """Holding the caller's objects raised their reference counts, which marshal encodes: the null program's input
    (and its instruction counts) then differed on a Ray worker from a local run."""
    import marshal
    value = [10 ** 6 + i // 2 for i in range(8)]  # equal neighbours, distinct objects, as decoded outputs are
    before = marshal.dumps(value)
    sent: list[tuple] = []
    store = MemoryStore([], {}, sent.append)
    store.save_expected("t", "level", 1, 0, list(value))  # a new list of the same ints, as wire's encoding gives
    assert marshal.dumps(value) == before
    assert sent == [("expected", ("level", 1, 0, value))] and store.load_expected("t")[("level", 1, 0)] == value
    resumed = MemoryStore([], {("level", 1, 0): list(value)})  # seeded as a resubmitted unit is
    held = resumed.load_expected("t")[("level", 1, 0)]
    assert held == value and marshal.dumps(held) == before  # held by nothing else: encoded as a fresh value is
    rec = RunRecord("t", "s", "level", 1, 0, 0, "ok")
    store.append(rec)
    assert store.get(rec.key) is rec and sent[1:] == [("record", rec.to_dict())]


def test_a_worker_store_holds_the_samples_it_is_measuring_not_every_one_it_measured():
    """A worker measuring ten thousand samples held every record it measured.  It holds the reference's records
    throughout, what it was seeded with until the plan has used it, and the last few samples' subjects."""
    from effbench.measuring.ray_executor import HELD
    keys = [f"m/t/{i}" for i in range(40)]
    reference = RunRecord("t", "ref:exp", "level", 1, 0, 0, "ok")
    seeded = [RunRecord("t", key, "cases", -1, 0, 0, "ok") for key in keys[-HELD:]]
    store = MemoryStore([reference, *seeded], {}, None, keys)
    for key in keys:  # each sample's run and its pair's, as the plan measures them
        for subject in (key, "pair:" + key):
            assert store.get(("t", subject, "level", 1, 0, 0)) is None
            store.append(RunRecord("t", subject, "level", 1, 0, 0, "ok"))
        assert store.runs("t", "ref:exp") == [reference]
        assert len(store.runs("t", key)) == 1 + (key in keys[-HELD:])  # the seeded record kept for its sample
    held = {s for (_, s) in store._groups if s != "ref:exp"}
    assert held == {s for key in keys[-HELD // 2:] for s in (key, "pair:" + key)}
    with pytest.raises(RuntimeError, match="again after this worker dropped"):
        store.get(("t", keys[0], "level", 1, 0, 0))


# A Ray worker's part of measure_remote in a fresh process, as on a worker (its unit unpickled: no load_task ran
# there), stopped once its slot has started: that slot's first sandbox lists each folder a sample must not read.
NODE_SIDE = r"""
import json, marshal, pickle, sys
from effbench.measuring import ray_executor
from effbench.sandbox.base import Limits
unit, settings, content_hash, folders, driver = pickle.loads(open(sys.argv[1], "rb").read())
PROBE = "import os\ndef f():\n    return [sorted(os.listdir(d)) if os.path.isdir(d) else None for d in %r]\n" % folders
class Probed(Exception):
    pass
def probe(*args):
    slot = real(*args)  # the real slot, its worker started where measure_remote starts it
    try:
        slot.runner.put_input("empty", marshal.dumps([]))
        ex = slot.runner.execute(PROBE, "f", ["empty"], Limits(wall_limit=20.0, cpu_limit=25, memory_mb=256))
    finally:
        slot.close()
    seen.append([ex.status, ex.detail, (ex.outputs or [None])[0]])
    raise Probed
real, ray_executor.open_slot, seen = ray_executor.open_slot, probe, []
for sent in ((), (driver,)):  # a unit as main's driver sent it, then with the driver's kept-out folders
    try:
        ray_executor.measure_remote(unit, settings, [], {}, content_hash, None, 0, *sent)
    except Probed:
        pass
    except Exception as exc:  # measure_remote itself refused it
        seen.append(["raised", repr(exc), None])
print(json.dumps(seen))
"""


@pytest.mark.sandbox
def test_a_ray_worker_hides_the_task_suite_cache_and_run_store_from_its_first_sandbox(tmp_path):
    """Sandboxes hide what effbench works on inside the trees they mount (effbench.sandbox.host_paths), from the
    folders each process registers as it loads them.  A Ray worker gets its unit pickled, so load_task never ran
    there, and it made its input cache after its slot started: with the suite in /usr/src (which the process runner
    mounts), every worker's first sandbox showed the expert's file, and the driver's run store (expected outputs).
    Now a worker registers the unit's task folder, its suite and its cache, and what the driver sends (its run
    store, samples' folder, working directory), before its slot starts; a cache folder not there yet is made then,
    so that a sandbox covers it (a folder made under a started worker shows in it)."""
    import pickle
    from effbench.measuring.records import Settings
    from effbench.measuring.unit import WorkUnit
    from effbench.tasks.task import load_task
    os.makedirs("/usr/src", exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="effbench-test-", dir="/usr/src"))
    try:
        os.chmod(root, 0o755)  # mkdtemp's 0700 would hide it from the samples anyway
        shutil.copytree(ROOT / "tests" / "fixtures" / "tasks", root / "tasks")
        (root / "runs").mkdir()
        (root / "runs" / "run.json").write_text("{}")
        task = load_task(root / "tasks" / "prefix-max")  # the driver's load: not the worker's process
        folders = [str(root / "tasks"), str(task.path), str(root / "cache"), str(root / "runs")]
        sent = (WorkUnit(task, [], None), Settings(), task.content_hash()[:16], folders, [str(root / "runs")])
        (tmp_path / "unit.pickle").write_bytes(pickle.dumps(sent))
        done = subprocess.run([sys.executable, "-c", NODE_SIDE, str(tmp_path / "unit.pickle")], cwd=tmp_path,
                              env={**os.environ, "EFFBENCH_CACHE": str(root / "cache")}, capture_output=True,
                              text=True, timeout=120)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-3000:]
    (status, detail, outputs), (status_sent, detail_sent, outputs_sent) = json.loads(done.stdout)
    assert status == "ok", detail
    suite, task_folder, cache = outputs[:3]  # the task folder is under the suite's cover: not there at all
    assert suite == [] and not task_folder and cache == [], f"suite, task folder, cache as a sample saw them: {outputs}"
    assert outputs[3] == ["run.json"]  # the driver's run store: only the driver knows it...
    assert status_sent == "ok" and outputs_sent[3] == [], (detail_sent, outputs_sent)  # ...and sends it


def test_nodes_whose_workers_run_other_runner_files_are_not_mixed():
    """The nodes of a cluster count with the same interpreter and counter, or the run stops: the runner files their
    workers run (each node's own effbench install, or image) were left out, so counts of other harness code were
    mixed into one run.  The driver's check of each unit's hello, run without a cluster (the rule, not Ray's
    transport): a node whose worker runs other runner files than the run's first node is refused (exit 3)."""
    from effbench.errors import InfrastructureError
    from effbench.measuring.run_setup import NodeSetups
    hello = {"runner": "process", "counter": "callgrind", "python": "3.11.7", "implementation": "cpython",
             "executable": "/usr/bin/python3.11", "runners": "0123456789ab", "pid": 7}
    a, b = {"hostname": "a", "cpu": "CPU A"}, {"hostname": "b", "cpu": "CPU A"}
    nodes = NodeSetups(Path("/runs/x"), "instructions", {})  # a fresh run: nothing recorded yet
    nodes.check("t1", hello, a, None, False)
    nodes.check("t2", dict(hello, pid=8), b, None, False)  # another worker, the same setup
    with pytest.raises(InfrastructureError, match="ray: node b counts instructions with") as mixed:
        nodes.check("t3", dict(hello, runners="ba9876543210"), b, None, False)
    assert mixed.value.exit_code == 3
    assert "'ba9876543210'" in str(mixed.value) and "'0123456789ab'" in str(mixed.value), mixed.value


def test_without_ray_the_option_says_how_to_get_it(tmp_path, monkeypatch):
    from click.testing import CliRunner
    from effbench.cli.main import main
    monkeypatch.setitem(sys.modules, "ray", None)  # what an environment without the extra looks like to import
    tasks, samples = make_suite(tmp_path)
    res = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(tasks), "--out", str(tmp_path / "o"),
                                    "--executor", "ray"])
    assert res.exit_code == 2 and "pip install 'effbench[ray]'" in res.stderr
    assert not (tmp_path / "o").exists()


def test_slot_locks_are_per_user_and_a_directory_not_ours_is_refused(tmp_path, monkeypatch):
    """Each user's Ray workers lock cores in a directory of that user's own: a shared path was private to whoever
    made it first (an unprivileged user's run could not open root's locks).  A path someone else made, or left
    open to others, is refused in one line rather than used."""
    from effbench.errors import SetupError
    from effbench.measuring import ray_executor
    monkeypatch.setattr(ray_executor, "SLOT_LOCK_ROOT", tmp_path)
    with ray_executor._CoreLock() as core:
        assert core.dir == tmp_path / f"effbench-slots-{os.geteuid()}" and core.fh is not None
        assert (core.dir.stat().st_mode & 0o777) == 0o700
        with ray_executor._CoreLock() as other:  # a second unit of the node takes another core, or waits
            assert len(core.cpus) < 2 or other.index != core.index
    shutil.rmtree(core.dir)
    core.dir.symlink_to(tmp_path)
    with pytest.raises(SetupError, match="is not a directory of this user"):
        ray_executor.slot_lock_dir()
    core.dir.unlink()
    core.dir.mkdir(mode=0o777)
    os.chmod(core.dir, 0o777)
    with pytest.raises(SetupError, match=r"closed to others \(owner uid \d+, mode drwxrwxrwx\)"):
        ray_executor.slot_lock_dir()
    if os.geteuid() == 0:  # made by another user (nobody), as root can do
        os.chmod(core.dir, 0o700)
        os.chown(core.dir, 65534, 65534)
        with pytest.raises(SetupError, match="owner uid 65534"):
            ray_executor.slot_lock_dir()


@pytest.mark.parametrize("address", ["", "  ", "http://127.0.0.1:6379", ":6379", "127.0.0.1:", "127.0.0.1:99999",
                                     "127.0.0.1:0", "not-an-address", "head node:6379", "ray://", "[::1:6379"])
def test_a_malformed_ray_address_is_bad_input(address):
    """Ray parsed the address only when the run connected, after the run directory was made: some forms were
    'cannot reach the cluster' (exit 3, as if the cluster were down; ':6379' with Ray's traceback above it),
    127.0.0.1:99999 hung in Ray's reconnect loop for over five minutes, and '' started a cluster of this machine.
    Now each is one line, exit 2, before anything is made or measured."""
    from effbench.errors import EffbenchError
    from effbench.measuring.executors import CLI_NAMES, Executor
    for kind in ("ray", None):  # an address alone means Ray ('' ran the local executor)
        with pytest.raises(EffbenchError) as caught:
            Executor.choose(kind, address, None, "instructions", names=CLI_NAMES)
        assert str(caught.value).startswith(f"--ray-address {address!r}: "), caught.value
        assert type(caught.value) is EffbenchError  # bad input (exit 2), not infrastructure


@pytest.mark.parametrize("address", ["127.0.0.1:6379", "head-1.cluster.example:6379", "[::1]:6379", "auto",
                                     "ray://head:10001"])
def test_ray_addresses_of_every_form_ray_takes_are_accepted(address):
    from effbench.measuring.executors import Executor
    assert Executor.choose(None, address, None, "instructions").address == address


@pytest.mark.sandbox
def test_a_cluster_that_is_not_there_is_one_line_infrastructure_within_seconds(tmp_path):
    """Nothing listens at the address: Ray's connect loop held the run for over five minutes (then for as long as
    one let it).  Now one line within seconds, exit 3 (infrastructure, worth a rerun once the cluster is up).
    Inside a network namespace of loopback alone, as the other Ray tests."""
    env, base, ray_env, ray_tmp = _two_runs(tmp_path, "unshare", "ip")
    with socket.socket() as s:  # a port nothing listens on (the namespace is new: nothing listens at all)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inner = " ".join([*base, "--out", str(tmp_path / "ray"), "--ray-address", f"127.0.0.1:{port}"])
    try:
        started = time.monotonic()
        proc = _run(["unshare", "--net", "--", "sh", "-c", f"ip link set lo up && exec {inner}"], ray_env, 0)
        code, err = _finish(proc, 120)
        took = time.monotonic() - started
    finally:
        shutil.rmtree(ray_tmp, ignore_errors=True)
    lines = [line for line in err.splitlines() if line.startswith("effbench:")]
    assert code == 3, err[-2000:]
    assert lines == [f"effbench: error: ray: cannot reach the cluster at 127.0.0.1:{port} (Connection refused)"], err
    assert took < 60, took
