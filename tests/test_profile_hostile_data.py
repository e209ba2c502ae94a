"""Profiles are read from what a sample's process hands back (cProfile's statistics in its result frame, callgrind's
dump of its run), so their names and numbers are the sample's to choose.  Each test here is a defect found by a
review of that path, failing before its fix: what a sample controls ends as that profile's failure or as shown
text, never a host exception, a hang or memory without bound, and never loses the run's other profiles."""
from __future__ import annotations

import json
import math
import time

import pytest
from hypothesis import given, settings, strategies as st

from effbench.profiling import callgrind, cprofile, exports, flame, store
from effbench.profiling.diff import difference
from effbench.profiling.model import Arc, Function, Profile, ProfileError
from effbench.profiling.names import base_symbol
from effbench.profiling.report import task_profiles
from effbench.tables import unshowable

from .test_profiles import cpu_run, small_tasks  # noqa: F401 (fixtures)


def _profile(functions, arcs, total=100.0, **kw) -> Profile:
    return Profile("t", "sample", "m/t/0", "m", "0", 1, 0, "cpu", "cprofile", "", "seconds", total=total,
                   functions=functions, arcs=arcs, **kw)


def _stats(name: str, file: str = "<solution>") -> list:
    """cProfile's statistics as the result frame carries them: one function the sample named itself."""
    return [[file, 1, name, 1, 1, 0.5, 0.5, []]]


HOSTILE_NAMES = ["\ud800x", "f\x1b]0;owned\x07", "rtl\u202eevil", "nul\x00", "line\u2028sep"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_function_name_the_sample_chose_is_saved_exported_and_reported(tmp_path, name):
    """A sample renames its code object (``f.__code__.replace(co_name="\\udc80")``): the lone surrogate reached the
    callgrind export, whose write raised UnicodeEncodeError after the profile's JSON was written and before the
    index: every profile of the run was lost, and the report then failed on the stale entry."""
    total, functions, arcs = cprofile.parse(_stats(name, file=name))
    assert all(unshowable(f.name) is None and unshowable(f.file) is None for f in functions)
    prof = _profile(functions, arcs, total=total)
    store.save(tmp_path, [prof], {})
    (entry,) = store.load_index(tmp_path)["profiles"]
    assert sorted(entry["files"]) == ["callgrind", "profile", "speedscope"]
    assert (tmp_path / "profiles" / entry["files"]["callgrind"]).read_text(encoding="utf-8")
    assert [f.name for f in store.load_profile(tmp_path, entry).functions] == [f.name for f in functions]
    assert task_profiles(tmp_path, "t")  # the report's section reads it back
    svg = flame.icicle_svg(prof)
    assert unshowable(str(svg)) is None


def test_a_failure_reason_quoting_the_sample_is_shown_as_text():
    """The reason holds the first line of the sample's exception, which `effbench profile` printed as it was: an
    OSC sequence retitled the terminal, and a lone surrogate ended the command (every profile lost)."""
    prof = _profile([], []).failed("the profiling run ended error: ValueError: \x1b]0;owned\x07\ud800")
    assert unshowable(prof.reason) is None and "\\x1b]0;owned\\x07\\ud800" in prof.reason


# ------------------------------------------------------------------ callgrind's numbers
DUMP = "# callgrind format\nevents: Ir\nfn=(1) main\n0 10\ncfn=(2) g\ncalls={calls} 0\n0 {cost}\n" \
       "fn=(2)\n0 {cost}\ntotals: {total}\n"


@pytest.mark.parametrize("calls,cost,total", [(1, 10 ** 308, 20), (10 ** 4000, 5, 20), (-7, 5, 20), (1, 5, -5),
                                              (1, 5, 1 << 63), ("1" + "0" * 30, 5, 20)],
                         ids=["cost 1e308", "calls 1e4000", "calls -7", "total -5", "total 2^63", "calls 1e30"])
def test_a_count_no_64_bit_counter_holds_is_a_reasoned_failure(calls, cost, total):
    """Two costs of 1e308 summed to infinity (int() of it raised OverflowError in the parts and the export); eleven
    calls of 10^399 made a count json.dumps refused (4300 digits); a negative total or call count was stored."""
    with pytest.raises(ProfileError, match="is not a 64-bit count"):
        callgrind.parse(DUMP.format(calls=calls, cost=cost, total=total).encode())


def test_the_largest_counts_callgrind_can_write_are_stored_and_exported(tmp_path):
    big = (1 << 63) - 1
    total, functions, arcs = callgrind.parse(DUMP.format(calls=big, cost=big, total=big).encode())
    prof = _profile(functions, arcs, total=total)
    assert all(math.isfinite(f.inclusive) for f in functions)
    store.save(tmp_path, [prof], {})
    json.loads(exports.speedscope(prof) and json.dumps(prof.to_dict()))


def test_a_dump_of_suffix_laden_names_is_read_in_linear_time():
    """``base_symbol`` stripped suffixes with one regular expression retried from every position: a 1000-character
    name like ``'1'1...'1x`` took 6 ms, called for every function and arc, so a 29 KB dump took 10 s and a dump
    at the size limits hours.  (The bound below is a hundred times what it takes now, and a tenth of before.)"""
    names = [("'1" * 495) + f"x{i}" for i in range(200)]
    lines = ["# callgrind format", "events: Ir"]
    for i, n in enumerate(names):
        lines += [f"fn=({i + 1}) {n}", "0 3"]
    for i in range(200):
        for j in range(10):
            lines += [f"fn=({i + 1})", f"cfn=({(i + j) % 200 + 1})", "calls=1 0", "0 1"]
    lines.append("totals: 3000")
    start = time.process_time()
    total, functions, arcs = callgrind.parse("\n".join(lines).encode())
    assert time.process_time() - start < 4.0
    assert len(functions) == 200 and total == 3000


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["'", ".", "0", "7", "x", "_", ".lto_priv", ".isra", ".cold", ".part", "'12",
                                 ".constprop.0", ".localalias", "lto_priv", "list_index"]), max_size=10))
def test_suffixes_are_stripped_as_the_expression_stripped_them(pieces):
    import re
    symbol = "".join(pieces)
    before = re.sub(r"(?:'\d+|\.(?:lto_priv|isra|constprop|part|cold|localalias)(?:\.\d+)?)+$", "", symbol)
    assert base_symbol(symbol) == before


# ------------------------------------------------------------------ the difference table
def _explained_before(prof: Profile, excess: dict[str, float]) -> dict[str, float]:
    """The search from every name that the linear pass replaced, as the test's oracle."""
    out: dict[str, set[str]] = {}
    for a in prof.arcs:
        out.setdefault(prof.functions[a.caller].name, set()).add(prof.functions[a.callee].name)
    found = {}
    for name in excess:
        seen, todo = {name}, [name]
        while todo:
            for nxt in out.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        found[name] = max((excess[c] for c in (seen - {name}) & set(excess)), default=float("-inf"))
    return found


@st.composite
def call_graphs(draw):
    n = draw(st.integers(1, 9))
    names = [draw(st.sampled_from("abcdef")) for _ in range(n)]  # names repeat: functions merge by name
    functions = [Function(nm, nm, "", draw(st.floats(0, 50)), draw(st.floats(0, 100)), 1) for nm in names]
    arcs = [Arc(a, b, 1, 1.0) for a, b in draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                                                          max_size=20))]
    excess = {nm: draw(st.floats(-1, 1)) for nm in draw(st.sets(st.sampled_from(sorted(set(names)))))}
    return _profile(functions, arcs), excess


@settings(max_examples=400, deadline=None)
@given(call_graphs())
def test_the_largest_excess_reached_is_the_searchs(graph):
    from effbench.profiling.diff import _largest_reached
    prof, excess = graph
    assert _largest_reached(prof, excess) == _explained_before(prof, excess)


def test_a_chain_of_twenty_thousand_functions_is_a_table_of_eight_rows():
    """Each function of a chain f0 -> f1 -> ... calls the next and holds nearly the whole run: before, every one
    searched everything below it (6000 took 1.2 GB; 20,000, cProfile's limit, about 13 GB)."""
    n = 20_000
    functions = [Function(f"f{i}", f"f{i}", "", 0.001, 100.0 - i * 1e-4, 1) for i in range(n)]
    prof = _profile(functions, [Arc(i, i + 1, 1, 100.0 - (i + 1) * 1e-4) for i in range(n - 1)])
    expert = _profile([Function("f0", "f0", "", 100.0, 100.0, 1)], [])
    start = time.process_time()
    rows = difference(prof, expert)
    assert time.process_time() - start < 10.0  # (a tenth of a second now)
    assert len(rows) <= 8 and all(r.name.startswith("f") for r in rows)


# ------------------------------------------------------------------ what is finished is kept
@pytest.mark.sandbox
def test_profiles_finished_before_an_interrupt_are_kept(cpu_run, small_tasks, tmp_path):  # noqa: F811
    """Profiles were saved only once every target was profiled (minutes each under callgrind): a Ctrl-C, or any
    failure, lost all of them.  What was finished is now saved on the way out, as a run keeps its records."""
    import shutil

    from effbench.profiling.collect import profile_run
    from effbench.profiling.select import Selection
    from effbench.tasks.task import load_suite

    run = tmp_path / "run"
    shutil.copytree(cpu_run, run)
    shutil.rmtree(run / "profiles")
    done: list[Profile] = []

    def stop_after_two(prof: Profile) -> None:
        done.append(prof)
        if len(done) == 2:
            raise KeyboardInterrupt

    tasks = {t.id: t for t in load_suite(small_tasks)}
    with pytest.raises(KeyboardInterrupt):
        profile_run(run, tasks, Selection(slowest=3), "cprofile", on_profile=stop_after_two)
    saved = store.load_index(run)["profiles"]
    assert [e["id"] for e in saved] == [p.ident for p in done]
