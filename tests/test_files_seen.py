"""The rule the worker applies to what a run holds in files (runners/watch.py): its budget's boundary, and what its
readings while the child works keep.  The sandboxes' own tests (tests/test_sandbox_memory_accounting.py) run it on
real files in both runners; here the readings of /tmp and /proc are stand-ins (a list of numbers), so that every
sequence of readings can be tried, which no real run can choose.

The examples' expected values are worked out by hand (in the comments); the properties state invariants of the
rule (a boundary, never losing a reading, never below the end reading), not its formulas."""
from __future__ import annotations

import pytest
from effbench_runners import watch
from hypothesis import given
from hypothesis import strategies as st

KIB = st.integers(min_value=0, max_value=1 << 24)


def test_over_budget_examples():
    # 32 MB is 32,768 KiB: at it is within, one KiB past it is over; what it held is named.
    assert watch.over_budget(32_768, 5, 32) is None
    assert watch.over_budget(32_769, 7, 32) == "held up to 7 KiB of files besides its heap, over its 32 MB budget"
    assert watch.over_budget(-500, 9, 1) is None  # less than its baseline (its heap shrank)


@given(memory_mb=st.integers(min_value=1, max_value=1 << 12), files=KIB,
       past=st.integers(min_value=1, max_value=1 << 20))
def test_over_budget_is_exactly_past_the_budget_and_stays_over_beyond_it(memory_mb, files, past):
    budget_kb = memory_mb * 1024
    assert watch.over_budget(budget_kb, files, memory_mb) is None
    assert watch.over_budget(budget_kb - past, files, memory_mb) is None
    reason = watch.over_budget(budget_kb + past, files, memory_mb)
    assert reason is not None and f"{files} KiB of files" in reason and f"{memory_mb} MB budget" in reason


def test_added_examples():
    assert watch.added_kb(None, 100, 7) == 7  # no peak: its files alone
    assert watch.added_kb(500, None, 7) == 7  # no baseline: its files alone
    assert watch.added_kb(500, 100, 7) == 400  # peak 500 over baseline 100 (the files are in the peak already)
    assert watch.added_kb(100, 500, 7) == -400


def _read_all(readings: list[tuple[int, int | None]], base: int | None, memory_mb: int, tmp0: int = 1000):
    """FilesSeen over *readings*, each (KiB its /tmp holds above tmp0, the child's VmRSS or None once it is gone):
    the reasons of each reading and (files_kb, total_kb) after each."""
    held = iter(readings)
    current: list = [None]

    def tmpfs(path):
        current[0] = next(held)
        return tmp0 + current[0][0]

    reasons, after = [], []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(watch, "tmpfs_held_kb", tmpfs)
        patch.setattr(watch, "read_status_kb", lambda pid, field=b"VmHWM": current[0][1])
        seen = watch.FilesSeen(1, "/tmp", tmp0, base, memory_mb)
        for _ in readings:
            reasons.append(seen.read())
            after.append((seen.files_kb, seen.total_kb))
    return reasons, after


def test_readings_example():
    # Baseline: 2,000 KiB resident; budget 1 MB = 1,024 KiB.
    readings = [(0, 9999),    # nothing held: not counted, whatever its size (its peak bounds that)
                (300, 2500),  # 300 held, 2,500 resident: 800 added, within; together 2,800
                (100, 3000),  # 100 held, 3,000 resident: 1,100 added, over; files stay at the most, 300
                (200, None)]  # the child gone: its files alone, 200, within; the most together stays 3,100
    reasons, after = _read_all(readings, base=2000, memory_mb=1)
    assert reasons == [None, None, "held up to 300 KiB of files besides its heap, over its 1 MB budget", None]
    assert after == [(0, 0), (300, 2800), (300, 3100), (300, 3100)]


@given(readings=st.lists(st.tuples(st.integers(min_value=-4096, max_value=1 << 20), st.none() | KIB), max_size=30),
       base=st.none() | KIB, memory_mb=st.integers(min_value=1, max_value=1 << 10))
def test_readings_never_lose_the_most_seen(readings, base, memory_mb):
    """What a reading saw is never forgotten by a later one: both figures only grow, each is at least what any
    reading held (with its resident size for the total), and the files figure is one that was read (or none)."""
    reasons, after = _read_all(readings, base, memory_mb)
    for (files_before, total_before), (files_now, total_now) in zip([(0, 0)] + after, after):
        assert files_now >= files_before and total_now >= total_before
    files_kb, total_kb = after[-1] if after else (0, 0)
    for (held, rss), reason in zip(readings, reasons):
        assert files_kb >= held and (rss is None or held <= 0 or total_kb >= held + rss)
        if held <= 0:
            assert reason is None  # nothing held: the heap alone, which its peak and RLIMIT_AS bound
    assert files_kb in {0} | {held for held, _ in readings}


def test_end_example():
    # Swept 300, held at the end 100: 300 of files at the end; 400 the most seen while it worked.  Peak 5,000 plus
    # 300 is 5,300 against 5,050 seen together: 5,300, which is 3,300 over the 2,000 baseline.
    def end(status, memory_mb, peak=5000):
        reply = {"status": status, "peak_kb": peak, "base_kb": 2000, "_tmp_kb": 100, "_seen_kb": 400,
                 "_seen_total_kb": 5050}
        watch.count_files(reply, 300, memory_mb)
        return reply

    assert end("done", 4) == {"status": "done", "peak_kb": 5300, "base_kb": 2000, "files_kb": 400}  # 4,096: within
    assert end("done", 3) == {"status": "memory", "peak_kb": 5300, "base_kb": 2000, "files_kb": 400,  # 3,072: over
                              "reason": "held up to 400 KiB of files besides its heap, over its 3 MB budget"}
    assert end("timeout", 3)["status"] == "timeout"  # an earlier end stays what it was
    assert end("done", 1, peak=None) == {"status": "done", "peak_kb": None, "base_kb": 2000, "files_kb": 400}


@given(peak=st.none() | KIB, base=KIB, swept=KIB, end=KIB, seen=KIB, seen_total=KIB,
       status=st.sampled_from(["done", "timeout", "died"]), memory_mb=st.integers(min_value=1, max_value=1 << 12))
def test_the_end_never_counts_less_than_any_reading(peak, base, swept, end, seen, seen_total, status, memory_mb):
    reply = {"status": status, "peak_kb": peak, "base_kb": base, "_tmp_kb": end, "_seen_kb": seen,
             "_seen_total_kb": seen_total}
    watch.count_files(reply, swept, memory_mb)
    assert not any(key.startswith("_") for key in reply)  # nothing of the worker's own goes to the host
    assert reply["files_kb"] in (swept, end, seen) and reply["files_kb"] >= max(swept, end, seen)
    if peak is None:
        assert reply["peak_kb"] is None
    else:  # never below the peak with the files at the end, nor below what was seen together while it worked
        assert reply["peak_kb"] >= peak + max(swept, end) and reply["peak_kb"] >= seen_total
        assert reply["peak_kb"] in (peak + max(swept, end), seen_total)
    # Only a finished run becomes the memory limit, and then with its reason.
    assert reply["status"] in (status, "memory") and (reply["status"] == "memory") == ("reason" in reply)
    if status != "done":
        assert reply["status"] == status
    elif peak is None:  # no peak: its files alone are what it added
        assert (reply["status"] == "memory") == (reply["files_kb"] > memory_mb * 1024)
