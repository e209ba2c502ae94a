"""The rule the worker applies to what a run holds in files (runners/watch.py): its budget's boundary, and what its
readings while the child works keep.  The sandboxes' own tests (tests/test_sandbox_memory_accounting.py) run it on
real files in both runners; here the readings of /tmp and /proc are stand-ins (a list of numbers), so that every
sequence of readings can be tried, which no real run can choose."""
from __future__ import annotations

import pytest
from effbench_runners import watch
from hypothesis import given
from hypothesis import strategies as st

KIB = st.integers(min_value=0, max_value=1 << 24)


@given(added=st.integers(min_value=-(1 << 24), max_value=1 << 24), files=KIB,
       memory_mb=st.integers(min_value=1, max_value=1 << 12))
def test_over_budget_is_past_the_budget_alone_and_says_what_it_held(added, files, memory_mb):
    reason = watch.over_budget(added, files, memory_mb)
    assert (reason is None) == (added <= memory_mb * 1024)
    if reason is not None:
        assert f"{files} KiB of files" in reason and f"{memory_mb} MB budget" in reason


@given(peak=st.none() | KIB, base=st.none() | KIB, files=KIB)
def test_added_is_the_files_alone_without_a_peak(peak, base, files):
    expected = files if peak is None or base is None else peak - base
    assert watch.added_kb(peak, base, files) == expected


@given(readings=st.lists(st.tuples(st.integers(min_value=-4096, max_value=1 << 20), st.none() | KIB), max_size=30),
       base=st.none() | KIB, memory_mb=st.integers(min_value=1, max_value=1 << 10))
def test_readings_keep_the_most_files_and_the_most_together_and_stop_past_the_budget(readings, base, memory_mb):
    """Each reading is (KiB its /tmp holds above the baseline, the child's VmRSS or None once it is gone)."""
    tmp0 = 1000
    held = iter(readings)
    current: list = [None]

    def tmpfs(path):
        current[0] = next(held)
        return tmp0 + current[0][0]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(watch, "tmpfs_held_kb", tmpfs)
        patch.setattr(watch, "read_status_kb", lambda pid, field=b"VmHWM": current[0][1])
        seen = watch.FilesSeen(1, "/tmp", tmp0, base, memory_mb)
        reasons = [seen.read() for _ in readings]
    files = [h for h, _ in readings if h > 0]
    assert seen.files_kb == max(files, default=0)
    assert seen.total_kb == max((h + rss for h, rss in readings if h > 0 and rss is not None), default=0)
    for (h, rss), reason in zip(readings, reasons):
        added = h if rss is None or base is None else rss + h - base
        assert (reason is not None) == (h > 0 and added > memory_mb * 1024)


@given(peak=st.none() | KIB, base=KIB, swept=KIB, end=KIB, seen=KIB, seen_total=KIB,
       status=st.sampled_from(["done", "timeout", "died"]), memory_mb=st.integers(min_value=1, max_value=1 << 12))
def test_the_end_counts_the_files_held_then_and_the_most_seen_while_it_worked(peak, base, swept, end, seen,
                                                                             seen_total, status, memory_mb):
    reply = {"status": status, "peak_kb": peak, "base_kb": base, "_tmp_kb": end, "_seen_kb": seen,
             "_seen_total_kb": seen_total}
    watch.count_files(reply, swept, memory_mb)
    assert not any(key.startswith("_") for key in reply)  # nothing of the worker's own goes to the host
    most = max(swept, end, seen)
    assert reply["files_kb"] == most
    assert reply["peak_kb"] == (None if peak is None else max(peak + max(swept, end), seen_total))
    added = most if peak is None else reply["peak_kb"] - base
    over = status == "done" and added > memory_mb * 1024
    assert (reply["status"] == "memory") == over and reply["status"] in (status, "memory")
    assert ("reason" in reply) == over
