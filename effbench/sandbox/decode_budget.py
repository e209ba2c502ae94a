"""What decoding a sample's result frame may cost the host, estimated from the frame's bytes before it is parsed.

Why: the host parses each result frame (JSON, up to the output limit) and rebuilds its values in its own process,
which every slot of a run shares.  The objects cost the host many times the frame's bytes, and a sample may write
its own frame on its result pipe (what the worker's snapshot budget bounds is only the frame the harness writes):
measured on CPython 3.11 (2026-12-07), a 64 MiB frame of ``{"t":[]},`` (7.5 M empty tuples) took the host 1.9 GiB
and 87 s to decode, of ``{"s":[]},`` (empty sets) 3.5 GiB and 380 s, of lists nested 900 deep 3.1 GiB (and was
refused only then, as nested too deeply).  So the frame's cost is estimated first, in one pass over its bytes, and a
frame whose estimate passes :data:`MAX_DECODE_BYTES` is never parsed: it is that sample's bad output.

The estimate is an upper bound of the peak that ``json.loads`` and :func:`wire.decode_value` allocate (the test
checks it against ``tracemalloc``, which counts every allocation, for generated frames): each structural byte is
charged the most that the objects it can start take, each byte of the frame what a text or number made of it takes.
"""
from __future__ import annotations

import re

from effbench.sandbox import base

# The most the host spends decoding one result, estimated: a cap on the host's side, one slot's result at a time,
# whatever the task's own memory_mb (47 suite tasks have 1024).  It is a sample's default memory budget so that a
# host sized for its slots' samples has that much again for each slot's decoding; the output limit, not the task's
# budget, bounds what an honest result costs: a plain one filling it fits (7 M ints of 7 digits: 499 MiB estimated,
# 357 MiB measured).
MAX_DECODE_BYTES = base.Limits.memory_mb << 20


class _Weights:
    """Bytes charged per byte of the frame and per structural byte (each the most the objects it can start take on
    CPython 3.11 to 3.13, with their allocator's rounding and a list's spare slots, measured with tracemalloc)."""

    def __init__(self, byte: int, colon: int, item: int):
        self.byte = byte    # the frame's own text copy (json.loads decodes it) and a text's or number's characters
        self.colon = colon  # a JSON object's key and its entry; a tag's object and the value built from it
        self.item = item    # a value's slot in its list (and in the list rebuilt from it) and a number's object


# Frames made of lists, tuples, numbers and texts of one byte a character
_PLAIN = _Weights(byte=3, colon=200, item=48)
# Frames that may hold sets, frozensets or dicts (their tag's key appears as a text) or texts of two or four bytes a
# character (a \u escape): a set's table and the flood check's count of hashes, 4 bytes a character.
_WIDE = _Weights(byte=5, colon=420, item=150)
_WIDE_SIGNS = (b'"s"', b'"fs"', b'"d"', b"\\u")
_LIST = 200    # "[": a JSON list with its spare slots, and the list rebuilt from it (pymalloc rounds both up)
_OBJECT = 64   # "{": an empty JSON object
_QUOTE = 28    # '"': half of a text object
_FIXED = 1 << 20  # the decoder's own objects and stack (as deep as the recursion limit), whatever the frame
_STRUCTURAL = b'[{:",'
_OTHER_BYTES = bytes(sorted(set(range(256)) - set(_STRUCTURAL)))
_MOST_PER_BYTE = _WIDE.colon + _WIDE.byte  # no byte is charged more: a smaller frame is never over the budget
_TEXT = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)  # a JSON text: its brackets and commas start no object
# Texts are emptied for a recount only in a frame of at most so many: it costs the host about 2 s a million (4.7 s
# for 2 M short texts at load 12, 2026-12-07: more than parsing them), so a frame of more texts is refused uncounted.
_MOST_TEXTS_RECOUNTED = 1_000_000


def over_budget(payload: bytes) -> int | None:
    """The estimated cost of decoding *payload* when it passes :data:`MAX_DECODE_BYTES`, else None.  A frame too
    small to pass it costs nothing to check; the structure inside texts is left out before a frame is refused."""
    if len(payload) * _MOST_PER_BYTE + _FIXED <= MAX_DECODE_BYTES:
        return None
    cost = decode_cost(payload)
    if cost > MAX_DECODE_BYTES and payload.count(b'"') <= 2 * _MOST_TEXTS_RECOUNTED:
        cost = decode_cost(payload, _TEXT.sub(b'""', payload))
    return cost if cost > MAX_DECODE_BYTES else None


def decode_cost(payload: bytes, structure: bytes | None = None) -> int:
    """An upper bound of the bytes that decoding *payload* allocates at its peak.  *structure*: the frame with its
    texts emptied, whose structural bytes are counted instead of the frame's (its texts' own bytes still count)."""
    weights = _WIDE if any(sign in payload for sign in _WIDE_SIGNS) else _PLAIN
    marks = (payload if structure is None else structure).translate(None, _OTHER_BYTES)
    return (_FIXED + len(payload) * weights.byte + marks.count(b"[") * _LIST + marks.count(b"{") * _OBJECT
            + marks.count(b":") * weights.colon + marks.count(b'"') * _QUOTE + marks.count(b",") * weights.item)
