"""``effbench run --ray-address`` against a real cluster started with ``ray start --head`` that wants a token the
driver does not send or sends wrong (Ray 2.60 turns token authentication on for a head started where a token file
exists).  A token left in ``~/.ray/auth_token`` by an earlier cluster had the head refuse the driver for ~20-60 s
(Ray's connect loop, twenty lines of C++ warnings) and effbench then said only 'cannot reach the cluster' (exit 3).
The run now asks the head once, up front, and says what is wrong and what to do in one line, naming the file (exit 2:
the user's setting).  The cluster lives in a network namespace holding loopback alone, as in test_ray_executor."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .small_suite import make_suite
from .test_ray_executor import _cluster, _finish, _run, _stop, _two_runs

pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'effbench[ray]')")

SCRIPT = """set -e
ip link set lo up
HOME={head} ray get-auth-token --generate >/dev/null 2>&1
HOME={head} ray start --head --node-ip-address 127.0.0.1 --port {port} --num-cpus 1 --include-dashboard false \\
    --disable-usage-stats >{log} 2>&1
set +e
for case in none stale auto good; do
    address=127.0.0.1:{port}
    case $case in
        none) extra="" ;;
        stale) extra="RAY_AUTH_MODE=token" ;;
        auto) extra="" address=auto ;;
        good) extra="RAY_AUTH_MODE=token RAY_AUTH_TOKEN_PATH={head}/.ray/auth_token" ;;
    esac
    start=$(date +%s.%N)
    env $extra {run} --out {tmp}/run-$case --ray-address $address 2>{tmp}/err-$case
    echo "$? $start $(date +%s.%N)" >{tmp}/code-$case
done
"""


@pytest.mark.sandbox
def test_a_cluster_refusing_the_drivers_token_is_one_line_naming_the_file_at_once(tmp_path):
    env, base, ray_env, ray_tmp = _two_runs(tmp_path, "unshare", "ip")
    head = tmp_path / "head-home"
    head.mkdir()
    # the driver's HOME holds a token of its own, as one left there by an earlier cluster (ray.init makes one)
    subprocess.run(["ray", "get-auth-token", "--generate"], env=ray_env, capture_output=True, check=True)
    stale = tmp_path / "home" / ".ray" / "auth_token"
    tasks, samples = make_suite(tmp_path / "one", ("pm-a",))  # one task: the good case is measured
    run = " ".join([sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(tasks), "--k", "1",
                    "--repeats", "1", "--quiet"])  # one timing a run: the good case needs only to be let through
    script = SCRIPT.format(head=head, port=6398, log=tmp_path / "ray.log", run=run, tmp=tmp_path)
    try:
        code, err = _finish(_run(["unshare", "--net", "--", "bash", "-c", script], ray_env, 0), 400)
    finally:
        _stop(ray_tmp)
        shutil.rmtree(ray_tmp, ignore_errors=True)
    log = (tmp_path / "ray.log").read_text() if (tmp_path / "ray.log").exists() else ""
    assert stale.read_text() != (head / ".ray" / "auth_token").read_text()
    outcome = {}
    for case in ("none", "stale", "auto", "good"):
        assert (tmp_path / f"code-{case}").exists(), (err + log)[-3000:]
        rc, start, end = (tmp_path / f"code-{case}").read_text().split()
        outcome[case] = int(rc), float(end) - float(start), (tmp_path / f"err-{case}").read_text()
    where = "ray: the cluster at 127.0.0.1:6398"
    rc, took, text = outcome["none"]
    assert rc == 2 and len(text.splitlines()) == 1, text[-3000:]
    assert text.startswith(f"effbench: error: {where} wants an auth token and this run sent none"), text
    assert "RAY_AUTH_MODE=token" in text and str(stale) in text, text
    assert took < 15, took
    rc, took, text = outcome["stale"]
    assert rc == 2 and len(text.splitlines()) == 1, text[-3000:]
    assert text.startswith(f"effbench: error: {where} refused the auth token in {stale}"), text
    assert took < 15, took
    rc, took, text = outcome["auto"]  # Ray sends the file's token to `auto` unasked
    assert rc == 2 and len(text.splitlines()) == 1, text[-3000:]
    assert text.startswith(f"effbench: error: ray: the cluster at auto refused the auth token in {stale}"), text
    assert took < 15, took
    rc, took, text = outcome["good"]  # the cluster's own token: the check refuses nothing it should let through
    assert rc == 0, text[-3000:]


@pytest.mark.sandbox
def test_sigterm_to_a_ray_driver_is_effbench_s_one_line_and_the_records_are_kept(tmp_path):
    """``effbench run --executor ray`` sent SIGTERM (a cancelled CI job, ``timeout``) mid-run: ray.init put Ray's
    C++ handler in place of effbench's, so the driver died printing Ray's stack dump ('*** SIGTERM received ...')
    and not effbench's line.  Now it ends as a local run does: 'terminated (SIGTERM)', exit 143, every record
    that streamed in kept for a rerun.  A driver-started cluster in a namespace of loopback alone."""
    store = tmp_path / "ray" / "records.jsonl"
    _sigterm_driver(tmp_path, lambda ray_tmp: store.exists() and bool(store.read_text()), 180)
    assert store.read_text().splitlines()


def _sigterm_driver(tmp_path: Path, when: Callable[[str], bool], patience: float, settle: float = 0) -> list[str]:
    """A driver-started Ray run of the small suite, in a namespace of loopback alone, sent SIGTERM once *when* (of
    its cluster's temp dir) holds: it must end as effbench ends on a SIGTERM, exit 143 and its line, with no stack
    dump of Ray's.  Returns the command lines of the cluster's processes still alive once the driver exited and up
    to *settle* seconds passed (a raylet's two agents outlive a driver signalled once the raylet is up by ~10 s)."""
    env, base, ray_env, ray_tmp = _two_runs(tmp_path, "unshare", "ip")
    inner = " ".join([*base, "--out", str(tmp_path / "ray"), "--executor", "ray"])
    try:
        proc = _run(["unshare", "--net", "--", "sh", "-c", f"ip link set lo up && exec {inner}"], ray_env, 0)
        deadline = time.monotonic() + patience
        while time.monotonic() < deadline and proc.poll() is None and not when(ray_tmp):
            time.sleep(0.02)
        assert proc.poll() is None and when(ray_tmp), f"the driver ended, or {patience} s passed, before the signal"
        proc.send_signal(signal.SIGTERM)
        code, err = _finish(proc, 60)
        settled = time.monotonic() + settle
        while (left := _cluster(ray_tmp, "")) and time.monotonic() < settled:
            time.sleep(0.2)
    finally:
        _stop(ray_tmp)
        shutil.rmtree(ray_tmp, ignore_errors=True)
    assert code == 143, err[-3000:]
    assert "SIGTERM received" not in err, err[-3000:]
    assert err.strip().splitlines()[-1] == ("effbench: terminated (SIGTERM); finished measurements are kept (rerun "
                                            "the same command to resume)"), err[-3000:]
    return left


@pytest.mark.sandbox
def test_sigterm_while_the_driver_starts_its_cluster_is_effbench_s_one_line_and_leaves_no_ray_process(tmp_path):
    """SIGTERM while the driver is inside ``ray.init`` (its cluster starting: a cancelled job's first seconds) went
    to Ray's own handlers, which ``ray.init`` installs before anything else: the driver exited 15 or 1 (Python's
    ``sys.exit`` in them), or -6 through Ray's C++ failure handler, never with effbench's line.  Sent as soon as
    the cluster's first process (its GCS server) is seen, well inside ``ray.init``.  Now it is the line
    and exit 143 of a SIGTERM at any other time, and the cluster's processes are gone within seconds of the driver."""
    left = _sigterm_driver(tmp_path, lambda ray_tmp: bool(_cluster(ray_tmp, "gcs_server")), 60, settle=20)
    assert not (tmp_path / "ray" / "records.jsonl").exists() or not (tmp_path / "ray" / "records.jsonl").read_text()
    assert not left, left

