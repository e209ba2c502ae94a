import json

import pytest
from hypothesis import given, strategies as st

from effbench_runners import wire

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text() | st.binary()
hashables = st.recursive(scalars, lambda inner: st.tuples(inner, inner) | st.frozensets(inner, max_size=3),
                         max_leaves=8)
values = st.recursive(
    scalars | st.sampled_from([float("inf"), float("-inf")]),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(hashables, inner, max_size=3) | st.sets(hashables, max_size=3)
    | st.frozensets(hashables, max_size=3),
    max_leaves=20,
)


@given(values)
def test_roundtrip_preserves_value_and_types(value):
    back = wire.decode_value(json.loads(json.dumps(wire.encode_value(value))))
    assert back == value
    assert type(back) is type(value)


def test_nan_survives():
    back = wire.decode_value(json.loads(json.dumps(wire.encode_value(float("nan")))))
    assert back != back


def test_objects_with_lying_eq_are_rejected():
    class Liar:
        def __eq__(self, other):
            return True

    with pytest.raises(wire.UnsupportedOutput):
        wire.encode_value(Liar())


def test_subclass_overrides_cannot_change_the_encoded_value():
    class FakeInt(int):
        def __index__(self):
            return 999

        def __repr__(self):
            return "999"

    class FakeList(list):
        def __iter__(self):
            return iter([1, 2, 3])

    assert wire.encode_value(FakeInt(5)) == 5
    assert wire.encode_value(FakeList([7])) == [7]


@pytest.mark.parametrize("data", [{"x": 1}, {"t": 1, "s": 2}, {"f": "zero"}, {"b": "!!"}, {"q": []}])
def test_decoder_rejects_what_the_encoder_never_makes(data):
    with pytest.raises(wire.WireError):
        wire.decode_value(data)


def test_frames_roundtrip():
    import io
    buf = io.BytesIO()
    wire.send_message(buf, {"op": "x"}, b"\x00payload")
    buf.seek(0)
    header, payload = wire.recv_message(buf)
    assert header["op"] == "x" and payload == b"\x00payload"
