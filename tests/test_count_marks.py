"""The dumps that mark where a counted child's count starts (effbench.sandbox.process.CALLGRIND): thrown away
whenever callgrind writes them, and the count told by its part number, whose failures are told apart (the sample's,
or the worker's when callgrind found no set-up marker)."""
from __future__ import annotations

import os

import pytest

from effbench.sandbox import preflight, process
from effbench.sandbox.preflight import SetupError
from effbench_runners import countdump, sweep


def test_a_set_up_dump_that_lands_before_the_link_is_thrown_away_not_charged(tmp_path, monkeypatch):
    """The child's dump on gc.freeze in its set-up can come before the worker links its path to /dev/null: it is
    callgrind's, never the sample's files.  Faked: callgrind's write landing between the removal and the link, a
    window of microseconds no real run can be made to hit on purpose."""
    path = str(tmp_path / "123.cg.1")
    link = os.symlink
    landed = []

    def callgrind_first(src, dst):
        if not landed:
            with open(dst, "wb") as fh:
                fh.write(b"x" * 65536)
            landed.append(dst)
        link(src, dst)

    monkeypatch.setattr(sweep.os, "symlink", callgrind_first)
    assert sweep.discard_dump(path) == path and landed == [path]
    assert os.readlink(path) == os.devnull
    assert sweep.wipe_discarded(path) == 0 and not os.path.lexists(path)


def _dump(tmp_path, part: int, total: int = 4869) -> str:
    path = str(tmp_path / "7.cg")
    with open(path, "wb") as fh:
        fh.write(b"# callgrind format\nversion: 1\ncreator: callgrind-3.22.0\npid: 7\ncmd: python\n"
                 b"part: %d\n\ndesc: I1 cache:\nevents: Ir\nsummary: %d\n\nfn=(1) f\n0 %d\n\ntotals: %d\n"
                 % (part, total, total, total))
    os.chmod(path, 0o666)
    return path


def test_the_count_is_the_dump_with_the_counts_part_number(tmp_path):
    assert countdump.COUNT_PART == countdump.COUNT_MARKS + 1
    assert countdump.read_count(_dump(tmp_path, countdump.COUNT_PART)) == {"instructions": 4869}
    assert countdump.read_count(_dump(tmp_path, countdump.COUNT_PART + 1)) == {"status": "died",
                                                                               "count_error": countdump.SPLIT}


def test_a_dump_numbered_below_the_count_is_the_workers_set_up_error_not_the_samples(tmp_path):
    """A sample can only add dumps: a lower number means callgrind never found gc_freeze (an interpreter without
    it), which is no sample's doing."""
    reply = countdump.read_count(_dump(tmp_path, countdump.COUNT_PART - 1))
    assert reply["status"] == "setup_error" and "gc_freeze" in reply["detail"], reply


@pytest.mark.sandbox
def test_an_interpreter_whose_set_up_marker_callgrind_cannot_find_is_refused(monkeypatch):
    """Faked: every interpreter here has gc_freeze in its symbols, so the set-up markers are taken out of the
    options instead, which is what callgrind does with a marker it finds nowhere."""
    interp = process.interpreter()[0]
    preflight.check_callgrind_counts(interp, process.REGION_MARKERS)  # as installed, it counts
    monkeypatch.setattr(process, "CALLGRIND", [a for a in process.CALLGRIND if a not in process.SETUP_MARKERS])
    with pytest.raises(SetupError, match="gc_freeze"):
        preflight.check_callgrind_counts(interp, process.REGION_MARKERS)
