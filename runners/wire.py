"""Wire formats shared by the host and the in-sandbox executor (stdlib only).

Two directions, two trust levels:

* host -> sandbox: inputs travel as ``marshal`` bytes.  The host made them, so decoding them in the sandbox is safe
  and fast, and the child rebuilds fresh objects (no copy-on-write faults charged to the sample).
* sandbox -> host: everything a sample produced travels as *tagged JSON*.  The host never unpickles or unmarshals what
  a sandbox wrote; :func:`decode_value` builds only builtin values, so a sample cannot smuggle an object whose
  ``__eq__`` lies.

Frames are an 8-byte big-endian length followed by that many bytes.  Each of the worker's replies to the host starts
with the token of the request it answers (:data:`TOKEN_SIZE` raw bytes, before its frames): see :func:`send_message`.
"""
from __future__ import annotations

import base64
import json
from collections import Counter
import math
import struct

_LEN = struct.Struct(">Q")
HEADER_SIZE = _LEN.size
TOKEN_SIZE = 16  # bytes of a request's token, drawn afresh by the host for each request (effbench.sandbox.client)
frame_header = _LEN.pack  # the header of a frame of n bytes (a bound method: the child binds it before a sample runs)
# Python refuses to turn an int of more than 4,300 digits (or as few as 640, if the sample lowers
# sys.set_int_max_str_digits) into decimal text, so a result holding one is written again with every int from 2**2000
# (603 digits) on in hexadecimal: linear both ways and without a limit.  Only then: the common result pays nothing.
_BIG_INT = 1 << 2000
_NEG_BIG_INT = -_BIG_INT


# The child's exit code when its result pipe takes no frame (the sample closed or replaced it).  The sample shares
# the process, so it can exit with this code too: the host says what the code means, not that it happened.
NO_RESULT_PIPE = 6


class WireError(Exception):
    """A frame or value that does not follow the wire format."""


# ---------------------------------------------------------------- frames
def pack_frame(payload: bytes) -> bytes:
    return frame_header(len(payload)) + payload


def frame_length(header: bytes) -> int:
    return _LEN.unpack(header)[0]


def read_exact(stream, n: int) -> bytes:
    """Read exactly *n* bytes from a binary stream, or raise EOFError."""
    chunks = []
    while n:
        chunk = stream.read(n)
        if not chunk:
            raise EOFError("stream closed mid-frame")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame(stream) -> bytes:
    return read_exact(stream, frame_length(read_exact(stream, HEADER_SIZE)))


def write_frame(stream, payload: bytes) -> None:
    stream.write(pack_frame(payload))
    stream.flush()


def send_message(stream, header: dict, payload: bytes | None = None, token: bytes = b"") -> None:
    """A message is a JSON header frame, optionally followed by one binary payload frame.  *token*: the worker's
    replies start with the token of the request they answer (its ``token`` field, hex), written as raw bytes before
    the frames so that the host checks it before it reads any length: a frame that anything but the worker wrote on
    the reply channel (only a sample can be there) lacks it, and the host refuses it as that sample's forgery
    rather than take it, and every reply after it, for the next request's."""
    header = dict(header)
    header["payload"] = payload is not None
    data = token + pack_frame(json.dumps(header).encode())
    if payload is not None:
        data += pack_frame(payload)
    stream.write(data)
    stream.flush()


def recv_message(stream) -> tuple[dict, bytes | None]:
    header = json.loads(read_frame(stream))
    payload = read_frame(stream) if header.get("payload") else None
    return header, payload


# ---------------------------------------------------------------- values (sandbox side)
class UnsupportedOutput(TypeError):
    """The sample returned something that is not plain data."""


def encode_value(value, depth: int = 0):
    """Turn a returned value into JSON-able data with tags for what JSON lacks.

    Only builtin types (and subclasses, read through the *base* type's C methods so an override cannot lie) pass.
    Every JSON object in the result is a tag, so real dicts are never confused with tags.
    """
    if depth > 10_000:
        raise UnsupportedOutput("output nested too deeply")
    if value is None or value is True or value is False:
        return value
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        value = float.__float__(value)
        if math.isfinite(value):
            return value
        return {"f": repr(value)}
    if isinstance(value, str):
        return str.__str__(value)
    d = depth + 1
    if isinstance(value, list):
        return [encode_value(v, d) for v in list.__iter__(value)]
    if isinstance(value, tuple):
        return {"t": [encode_value(v, d) for v in tuple.__iter__(value)]}
    if isinstance(value, dict):
        return {"d": [[encode_value(k, d), encode_value(v, d)] for k, v in dict.items(value)]}
    if isinstance(value, frozenset):
        return {"fs": [encode_value(v, d) for v in frozenset.__iter__(value)]}
    if isinstance(value, set):
        return {"s": [encode_value(v, d) for v in set.__iter__(value)]}
    if isinstance(value, (bytes, bytearray)):
        return {"b": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, complex):
        return {"c": [encode_value(value.real, d), encode_value(value.imag, d)]}
    raise UnsupportedOutput(f"unsupported output type {type(value).__name__!r}")


def big_ints_in_hex(data):
    """*data* (from :func:`encode_value`) with every int from 2**2000 on as a ``{"i": hex}`` tag."""
    kind = type(data)
    if kind is int:
        return data if _NEG_BIG_INT < data < _BIG_INT else {"i": int.__format__(data, "x")}
    if kind is list:
        return [big_ints_in_hex(v) for v in data]
    if kind is dict:
        return {k: big_ints_in_hex(v) for k, v in data.items()}
    return data


def dumps(data) -> str:
    """JSON text of encoded *data*, whatever the size of its ints."""
    try:
        return json.dumps(data)
    except ValueError:  # an int too long for decimal text (the only ValueError json.dumps has for encoded data)
        return json.dumps(big_ints_in_hex(data))


def error_payload(phase: str, error_type: str, message: str, traceback_text: str = "",
                  index: int | None = None) -> bytes:
    """A run's error result, in the one form the host reads (effbench.sandbox.outcome): written by the child for
    its own failures and by the worker for a snapshot it cannot put in the wire form."""
    return json.dumps({"kind": "error", "phase": phase, "index": index, "error_type": error_type,
                       "message": message[:1000], "traceback": traceback_text}).encode()


# ---------------------------------------------------------------- values (host side)
_HEX_DIGITS = frozenset("-0123456789abcdef")


# Sets and dicts the host rebuilds may hold at most this many pairs of elements (keys) with one hash, all told.
# CPython's hashes of ints, floats and tuples are not randomised, so a forged set of many distinct values sharing a
# hash would take the host quadratic time to build (20,000 such ints: 12 s); an honest result has next to none.
MAX_EQUAL_HASH_PAIRS = 1_000_000
_NOT_A_TAG = object()
_PLAIN = frozenset({type(None), bool, int, float, str})  # what JSON makes of a plain value (decode_value)


def decode_value(data):
    """Rebuild builtin values from :func:`encode_value`'s output; anything else is a :class:`WireError`.

    *data* is what a sample's process wrote: whatever its shape, depth or size, the only exception out of here is
    :class:`WireError` (the sample's bad output), never one that would stop the host, and rebuilding it takes time
    linear in its size.

    A list of plain values (None, bools, ints, floats, strs: a result's numbers or words) is its own value, the list
    JSON made, so the value may share lists with *data*.  Rebuilt into a new list, the host held such a result twice
    while decoding it (a list of 20 M ints: 153 MiB more, 305 rather than 210 MiB over its 57 MiB frame).  A list
    holding containers is rebuilt, so that the JSON's objects are freed all at once: replaced one by one, their
    memory stayed scattered among the values' (5 M tuples: 1.4 GiB held after decoding, not 0.3)."""
    try:
        return _Decoder().value(data)
    except RecursionError:
        raise WireError("value nested too deeply") from None


class _Decoder:
    def __init__(self):
        self.equal_hash_pairs_left = MAX_EQUAL_HASH_PAIRS

    def value(self, data):
        if data is None or isinstance(data, (bool, int, float, str)):
            return data
        if isinstance(data, list):
            if all(type(v) in _PLAIN for v in data):
                return data  # plain values: the list is the value (see decode_value)
            return [self.value(v) for v in data]
        if isinstance(data, dict) and len(data) == 1:
            (tag, body), = data.items()
            try:
                value = self.tagged(tag, body)
            except (TypeError, ValueError, LookupError, ArithmeticError) as exc:
                raise WireError(f"bad {str(tag)[:20]!r} value: {str(exc)[:200]}") from None
            if value is not _NOT_A_TAG:
                return value
        raise WireError(f"not an encoded value: {_preview(data)}")

    def tagged(self, tag: str, body):
        if tag == "f":
            return float(body) if body in ("nan", "inf", "-inf") else _NOT_A_TAG
        if tag == "i":
            # only what encode_value writes: lowercase hex digits, an optional sign (int() would take "0x", "_")
            if type(body) is str and body.lstrip("-") and _HEX_DIGITS.issuperset(body) and "-" not in body[1:]:
                return int(body, 16)
            return _NOT_A_TAG
        if tag == "b":
            return base64.b64decode(body, validate=True) if type(body) is str else _NOT_A_TAG
        if type(body) is not list:
            return _NOT_A_TAG
        if tag == "t":
            return tuple([self.value(v) for v in body])
        if tag == "d":
            items = [(self.value(k), self.value(v)) for k, v in map(_pair, body)]
            self.hashable([k for k, _ in items])
            return dict(items)
        if tag == "s":
            return set(self.hashable([self.value(v) for v in body]))
        if tag == "fs":
            return frozenset(self.hashable([self.value(v) for v in body]))
        if tag == "c" and len(body) == 2:
            real, imag = self.value(body[0]), self.value(body[1])
            if type(real) is float and type(imag) is float:
                return complex(real, imag)
        return _NOT_A_TAG

    def hashable(self, items: list) -> list:
        """Elements of a set, or keys of a dict, once their hashes are shown not to flood it."""
        counts = Counter(map(hash, items))  # an unhashable element raises TypeError here: a bad value
        self.equal_hash_pairs_left -= sum(c * (c - 1) // 2 for c in counts.values() if c > 1)
        if self.equal_hash_pairs_left < 0:
            raise WireError("sets or dict keys made of values that share a hash (a hash flood)")
        return items


def _pair(item) -> tuple:
    if type(item) is not list or len(item) != 2:
        raise ValueError("a dict entry is not a [key, value] pair")
    return item[0], item[1]


def _preview(data) -> str:
    if isinstance(data, dict):  # never repr() a whole structure the sample made: it may be huge
        return f"an object with keys {[k for k, _ in zip(data, range(3))]!r}"[:80]
    return type(data).__name__
