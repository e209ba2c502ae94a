"""Timed runs write their results as a marshal snapshot, which the worker puts in the wire form after its end reading
(runners/snapshot.py).  The reader sees bytes a sample's process wrote, so: every value a result can hold comes out
exactly as the child's own wire form would have it, and any other bytes (forged, truncated, a small snapshot of a
huge shared structure, a hash flood, endless nesting) give the sample's encode error quickly, never an exception."""
from __future__ import annotations

import json
import marshal
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from effbench_runners import snapshot, wire

from .test_hostile_fuzz import deep_values, python_values

LIMIT = 64 << 20
MEMORY = 512 << 20  # the sample's memory budget
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.data_too_large])


def wire_form(outputs: list) -> bytes:
    """What the child writes when it encodes the results itself (instruction counts, and before this change)."""
    return wire.dumps({"kind": "ok", "outputs": [wire.encode_value(o) for o in outputs]}).encode()


def unordered(data):
    """Encoded data with the elements of every set in one order: a set rebuilt from its elements may iterate in
    another order than the one the sample made (the host rebuilds it as a set, so the order never mattered)."""
    if isinstance(data, list):
        return [unordered(v) for v in data]
    if isinstance(data, dict):
        return {tag: sorted(map(unordered, body), key=json.dumps) if tag in ("s", "fs") else unordered(body)
                for tag, body in data.items()}
    return data


def same_result(payload: bytes, outputs: list) -> bool:
    return unordered(json.loads(payload)) == unordered(json.loads(wire_form(outputs)))


def error_of(payload: bytes) -> str:
    frame = json.loads(payload)
    assert frame["kind"] == "error" and frame["phase"] == "encode", frame
    return frame["message"]


@FUZZ
@given(outputs=st.lists(python_values | deep_values, max_size=3))
def test_every_result_value_comes_out_as_the_childs_own_wire_form(outputs):
    assert same_result(snapshot.to_payload(marshal.dumps(outputs), LIMIT, MEMORY), outputs)


def test_shared_parts_and_huge_ints_and_odd_text_come_out_as_written():
    row = [0] * 3
    outputs = [[row] * 4, 7 ** 40000, -(2 ** 31), 2 ** 31, "\ud800\U0001f600", bytearray(b"\x00\xff"), {1: row}]
    assert snapshot.to_payload(marshal.dumps(outputs), LIMIT, MEMORY) == wire_form(outputs)


def test_long_runs_of_numbers_read_in_one_pass_are_the_values_written():
    shared = [1, 2]
    outputs = [list(range(-300, 300)) + [0.5] * 50 + [shared, shared, "x", 2 ** 40] + list(range(1000)) + [7] * 99,
               (3.25, float("inf"), -0.0) * 40, [[-1, 1]] * 30]
    assert snapshot.read(marshal.dumps(outputs), LIMIT, MEMORY) == outputs
    assert snapshot.to_payload(marshal.dumps(outputs), LIMIT, MEMORY) == wire_form(outputs)


mutations = st.tuples(st.integers(0, 10 ** 6), st.integers(0, 255), st.sampled_from(["flip", "cut", "insert"]))


@FUZZ
@given(outputs=st.lists(python_values, min_size=1, max_size=3), edits=st.lists(mutations, min_size=1, max_size=4))
def test_a_damaged_snapshot_is_the_samples_error_or_a_result_never_an_exception(outputs, edits):
    data = bytearray(marshal.dumps(outputs))
    for where, byte, how in edits:
        at = where % (len(data) + 1)
        if how == "flip" and at < len(data):
            data[at] = byte
        elif how == "cut":
            del data[at:]
        else:
            data[at:at] = bytes([byte])
    payload = snapshot.to_payload(bytes(data), LIMIT, MEMORY)
    assert payload is None or json.loads(payload)["kind"] in ("ok", "error")


@FUZZ
@given(data=st.binary(max_size=200))
def test_any_bytes_are_a_result_or_the_samples_error(data):
    payload = snapshot.to_payload(data, LIMIT, MEMORY)
    assert payload is None or json.loads(payload)["kind"] in ("ok", "error")


def test_a_small_snapshot_of_a_huge_shared_structure_is_refused_quickly():
    bomb = [0]
    for _ in range(64):
        bomb = [bomb, bomb]  # 2**64 values written out, 600 bytes marshalled
    data = marshal.dumps([bomb])
    assert len(data) < 1000
    started = time.process_time()
    # Its wire form would take more than the budget to make (a counting child runs out of it making that), and be over
    # the output limit (it is both): before, the sample's bad output.
    assert json.loads(snapshot.to_payload(data, LIMIT, MEMORY))["error_type"] == "MemoryError"
    assert snapshot.to_payload(data, LIMIT, 1 << 40) is None
    assert time.process_time() - started < 1.0


def test_a_hash_flood_nesting_past_marshals_depth_and_self_reference_are_refused():
    # a set of ints that share one hash (quadratic to build), forged as marshal would write it
    flood = b"[\x01\x00\x00\x00" + marshal.dumps(set())[:1] + marshal.dumps([((1 << 61) - 1) * k + 1
                                                                                for k in range(3000)])[1:]
    assert "hash" in error_of(snapshot.to_payload(flood, LIMIT, MEMORY))
    deep = b"[\x01\x00\x00\x00" * 3000 + b"N"  # marshal.dumps stops at 2000 levels: only a forgery is deeper
    assert error_of(snapshot.to_payload(b"[\x01\x00\x00\x00" + deep, LIMIT, MEMORY)) == "nested too deeply"
    itself = []
    itself.append(itself)
    # (before, "bad back-reference": a sample's author could not tell it was the result's own cycle)
    assert error_of(snapshot.to_payload(marshal.dumps([itself]), LIMIT, MEMORY)) == "a value that contains itself"
    assert error_of(snapshot.to_payload(b"[\x01\x00\x00\x00r\x07\x00\x00\x00", LIMIT, MEMORY)) == "bad back-reference"


def test_code_and_other_objects_marshal_carries_are_not_results():
    for value in (compile("1", "x", "exec"), ..., StopIteration):
        assert "not a result value" in error_of(snapshot.to_payload(marshal.dumps([value]), LIMIT, MEMORY))


def test_a_result_whose_wire_form_passes_the_output_limit_is_over_the_limit():
    outputs = [list(range(1000))]
    assert snapshot.to_payload(marshal.dumps(outputs), len(wire_form(outputs)), MEMORY) == wire_form(outputs)
    assert snapshot.to_payload(marshal.dumps(outputs), len(wire_form(outputs)) - 1, MEMORY) is None


# One long value shared many times: marshal writes it once and refers back to it, the wire form holds it in full each
# time (100 MB of JSON here, from snapshots of 100 to 130 KB).
SHARED_LONG = {"text": ["x" * 100_000] * 1000, "bytes": [b"x" * 75_000] * 1000, "int": [10 ** 4000] * 25_000}


@pytest.mark.parametrize("kind", SHARED_LONG)
def test_a_long_value_shared_many_times_is_refused_before_it_is_written_out(kind):
    """Before, the reader counted each value as one, whatever its length: the worker wrote the whole JSON out (a
    sample returning a megabyte string 100,000 times: 100 GB, in a worker with no memory limit of its own in the
    process sandbox) and only then found it over the output limit."""
    data = marshal.dumps([SHARED_LONG[kind]])
    assert len(data) < 150_000
    tracemalloc.start()
    try:
        payload = snapshot.to_payload(data, LIMIT, MEMORY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert payload is None  # over the output limit
    assert peak < 4 << 20, peak


shared_values = st.builds(lambda value, times: [value] * times, python_values, st.integers(0, 4))


@settings(FUZZ, max_examples=100)
@given(outputs=st.lists(python_values | shared_values | deep_values, max_size=3))
def test_a_result_whose_wire_form_fits_the_output_limit_exactly_is_never_refused(outputs):
    """What the reader counts of a value is never more than its wire form holds: a result is refused early only when
    its wire form would be over the limit anyway."""
    wire_text = wire_form(outputs)
    assert same_result(snapshot.to_payload(marshal.dumps(outputs), len(wire_text), MEMORY), outputs)


def test_a_result_that_takes_more_than_the_budget_to_put_in_the_wire_form_is_the_samples_memory_limit():
    """A hundred thousand empty lists, one list shared (a 500 KB snapshot, 400 KB of JSON): putting them in the wire
    form makes a hundred thousand lists, 6 MB at least, over a budget of 4 MB, as the child that makes it itself
    (counting) runs out of its budget.  Before, the worker made any such result, whatever it took, and the host
    rebuilt it twice: at 64 MB of JSON, 16 million lists, 2.4 GB and half a minute of the host's."""
    data = marshal.dumps([[[]] * 100_000])
    frame = json.loads(snapshot.to_payload(data, LIMIT, 4 << 20))
    assert (frame["error_type"], frame["phase"]) == ("MemoryError", "encode"), frame
    assert snapshot.to_payload(data, LIMIT, 16 << 20) == wire_form([[[]] * 100_000])


# Memory CPython's free lists hold (80 lists, 80 dicts and their keys, 100 floats...): objects made from it are not
# new to the process, nor seen by tracemalloc.
FREE_LISTS = 64 << 10


def encoding_peak(outputs: list) -> int:
    """The most memory (bytes) the child's own encoder takes putting *outputs* in the wire form, free lists aside."""
    tracemalloc.start()
    try:
        wire_form(outputs)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@settings(FUZZ, max_examples=100)
@given(outputs=st.lists(python_values | shared_values, max_size=3))
def test_a_result_the_child_could_encode_within_a_budget_is_never_refused_for_it(outputs):
    """What the reader counts of the memory the wire form takes is never more than the child's own encoder takes:
    a timed result is refused for its budget only where a counted one would run out of it too."""
    budget = encoding_peak(outputs) + FREE_LISTS
    assert same_result(snapshot.to_payload(marshal.dumps(outputs), LIMIT, budget), outputs)
