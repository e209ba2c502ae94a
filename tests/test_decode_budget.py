"""The host's decode budget (effbench/sandbox/decode_budget.py): its estimate is an upper bound of what decoding a
frame allocates (tracemalloc counts every allocation), a frame past it is the sample's bad output without being
parsed, and results that are large but plain still decode."""
from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import given, settings, strategies as st

from effbench.sandbox import base, decode_budget, outcome
from effbench_runners import wire

from .test_wire import values

LIMITS = base.Limits(wall_limit=10)
DONE = {"status": "done", "cpu_ns": 1, "wall_ns": 1}
# What decoding a shallow value allocates besides its objects (the decoder, a few frames of its stack): the estimate's
# fixed part is for frames as deep as the recursion limit, so the tests check the rest against a small one.
SHALLOW_FIXED = 64 << 10


def traced_peak(payload: bytes) -> int:
    """Bytes allocated at the peak of the host's decoding of *payload* (what outcome does once the frame is read)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        try:
            wire.decode_value(json.loads(payload)["outputs"])
        except wire.WireError:
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def frame(items: str) -> bytes:
    return ('{"kind": "ok", "outputs": [[' + items + "]]}").encode()


def bound(payload: bytes) -> int:
    return decode_budget.decode_cost(payload) - decode_budget._FIXED + SHALLOW_FIXED


@settings(max_examples=15, deadline=None)
@given(values, st.booleans())
def test_the_estimate_bounds_what_decoding_allocates(value, compact):
    """100 copies of a generated value, in the wire form or as compact JSON (a frame the sample wrote itself)."""
    data = {"kind": "ok", "outputs": [[wire.encode_value(value)] * 100]}
    text = json.dumps(wire.big_ints_in_hex(data), separators=(",", ":") if compact else (", ", ": "))
    payload = text.encode()
    assert traced_peak(payload) <= bound(payload)


# The shapes that cost the host most per byte (measured before the budget: 64 MiB of the first two took 1.9 and 3.5
# GiB), and large plain ones
SHAPES = ['{"t":[]}', '{"t": [0]}', '{"s":[]}', '{"fs":[]}', '{"d":[]}', '{"d": [[1000, 1000]]}', "[]", "[[[[[]]]]]",
          "{}", '{"a":{"b":1}}', '"ab"', "1000", "1.5", '{"c": [1.5, 2.5]}', '{"b": "YWJj"}', '{"f": "nan"}',
          '"' + "x" * 300 + '\\ud83d\\ude00"', '{"i": "' + "f" * 700 + '"}']


@pytest.mark.parametrize("item", SHAPES)
def test_the_estimate_bounds_the_costliest_shapes(item):
    payload = frame(",".join([item] * 1000))
    assert traced_peak(payload) <= bound(payload)


def test_a_large_set_or_dict_is_within_its_estimate():
    """A set's table and the flood check's count of hashes are the costliest per element (about 150 bytes)."""
    numbers = ", ".join(str(1000 + i) for i in range(10_000))
    for payload in (frame('{"s": [' + numbers + "]}"), frame('{"d": [' + ", ".join(f"[{i}, 0]" for i in range(10_000))
                                                             + "]}")):
        assert traced_peak(payload) <= bound(payload)


def test_a_forged_frame_past_the_budget_is_the_samples_bad_output_and_is_never_parsed():
    """7 MiB of empty lists (a sample may write its own frame on its result pipe): the host's decoding allocated 172
    MiB at its peak and took 53 s under tracemalloc.  Now refused from its bytes, with a few MiB to count them."""
    payload = frame(",".join(["[]"] * ((7 << 20) // 3)))
    tracemalloc.start()
    try:
        result = outcome.interpret(DONE, payload, LIMITS, 1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.status == base.BAD_OUTPUT and result.outputs is None
    assert result.detail.startswith("result too large to decode: its 7.0 MiB would take about "), result.detail
    assert peak < 3 * len(payload)


def test_a_plain_result_filling_the_output_limit_is_estimated_within_the_budget():
    """6.7 M ints of 8 digits, 64 MiB: within the budget, so decoded (not decoded here: 7.5 M of 7 digits took 357
    MiB of the host's at its peak and seconds, measured)."""
    items = b"10000000, " * (((64 << 20) - 40) // 10)
    payload = b'{"kind": "ok", "outputs": [[' + items + b"1]]}"
    assert len(payload) <= LIMITS.max_output
    assert decode_budget.over_budget(payload) is None


def test_brackets_and_commas_inside_texts_are_not_charged_as_objects():
    """A long text of brackets (or of commas: a CSV line) makes one text object, whatever its characters."""
    payload = frame(json.dumps("[{," * 1_800_000))
    assert decode_budget.decode_cost(payload) > decode_budget.MAX_DECODE_BYTES  # the quick count charges them
    assert decode_budget.over_budget(payload) is None
    assert outcome.interpret(DONE, payload, LIMITS, 1).status == base.OK


def test_a_frame_too_small_to_pass_the_budget_is_not_counted(monkeypatch):
    """Every result of the suite's tasks is far below it: the check costs them nothing."""
    monkeypatch.setattr(decode_budget, "decode_cost", lambda *a: pytest.fail("counted"))
    small = decode_budget.MAX_DECODE_BYTES // decode_budget._MOST_PER_BYTE - (2 << 20)
    assert decode_budget.over_budget(frame(",".join(["[]"] * (small // 3)))) is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]),
       st.text(max_size=20))
def test_a_frame_in_another_encoding_than_utf8_is_bad_output(encoding, text):
    """The worker writes ASCII JSON; json.loads(bytes) would read these, which the budget counts as UTF-8."""
    payload = ('{"kind": "ok", "outputs": [' + json.dumps(text, ensure_ascii=False) + "]}").encode(encoding)
    result = outcome.interpret(DONE, payload, LIMITS, 1)
    assert result.status == base.BAD_OUTPUT and result.outputs is None
    reason = "result is not UTF-8 JSON" if encoding != "utf-8-sig" else "unreadable result: Unexpected UTF-8 BOM"
    assert result.detail.startswith(reason), result.detail


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=20))
def test_a_utf8_frame_decodes_whatever_its_characters(text):
    for ascii_only in (True, False):
        payload = ('{"kind": "ok", "outputs": [' + json.dumps(text, ensure_ascii=ascii_only) + "]}").encode(
            errors="surrogatepass")
        result = outcome.interpret(DONE, payload, LIMITS, 1)
        if ascii_only or not any("\ud800" <= c <= "\udfff" for c in text):
            assert (result.status, result.outputs) == (base.OK, [text]), result.detail
        else:  # a lone surrogate is no UTF-8: only its escape crosses
            assert result.detail.startswith("result is not UTF-8 JSON: "), result.detail
