"""A timed run's results, as the child wrote them (``marshal``), read back in the worker and put in the wire form.

Why: in timing modes the child's measured region ended by putting its results in the wire form (``wire.encode_value``
and ``json.dumps``, in Python), which costs 20 to 50 times what ``marshal.dumps`` (in C) costs for the same value:
22 ms against 1 ms for a list of 100,000 ints.  That cost is the harness's, the same for the expert and the sample
only when their results have the same types, and it made the expert's time mostly the harness's on tasks that
return long lists (ENAMEL's problem 100: 5.7 of the expert's 8.8 ms), where the difference of two noisy times is
then mostly noise.  So the child now writes ``marshal.dumps(outputs)`` inside its measured region (the bytes are
fixed before the clock stops: nothing the sample runs later can change them) and the worker, after its end reading,
reads them here and encodes them as before.  Instruction counts keep the wire form in the counted region (the
subtraction of the null program is exact there).

What a sample's process wrote is hostile, so :func:`read` is not ``marshal.loads`` (which "is not intended to be
secure against erroneous or maliciously constructed data"): it reads only the builtin value types ``marshal.dumps``
writes for a result, never code, in time and memory linear in the bytes, and any other byte string, however forged,
gives :class:`BadSnapshot`.  Shared objects stay shared (marshal's back-references), and the size of the value once
written out in full (what the wire form will hold: at least so many characters of JSON, each value at its length) is
counted as it is read, so a small snapshot of a deeply shared structure, or of one long text shared many times,
cannot make the worker build an enormous one: over the output limit, it is the sample's output limit.  So is what
making the wire form takes (the encoder's new lists...): over the sample's memory budget, it is its memory limit.
Both as in a counting run, where the child writes the wire form itself, under that budget.
"""
from __future__ import annotations

import re
import struct
import sys

try:
    import wire  # in the sandbox: runners/ is on the worker's sys.path
except ImportError:  # on the host, as effbench_runners.snapshot (its tests)
    from . import wire

MAX_DEPTH = 2000  # marshal.dumps refuses deeper values, so a deeper snapshot is forged
_FLAG_REF = 0x80
_I32 = struct.Struct("<i")
_F64 = struct.Struct("<d")
_C128 = struct.Struct("<dd")
_CONSTANTS = {ord("N"): None, ord("T"): True, ord("F"): False}
_TEXT = {ord("u"): "utf8", ord("t"): "utf8", ord("a"): "latin1", ord("A"): "latin1", ord("z"): "latin1",
         ord("Z"): "latin1"}
_SHORT = (ord("z"), ord("Z"), ord(")"))  # a one-byte length
_CONTAINERS = {ord("["): list, ord("<"): set, ord("("): tuple, ord(">"): frozenset}
_DICT, _SMALL_TUPLE, _REF = ord("{"), ord(")"), ord("r")
# Runs of fixed-size items in a sequence (ints with back-references, floats), read in one pass each: a long list of
# numbers is the commonest long result, and reading it one value at a time costs about a microsecond a value.
# Each with the characters at least that one of its numbers takes in the wire form.
_RUNS = ((re.compile(rb"(?:[i\xe9r].{4})+", re.S), struct.Struct("<Bi"), 5, 1),
         (re.compile(rb"(?:[g\xe7].{8})+", re.S), struct.Struct("<Bd"), 9, 3))
# The least a value takes in the wire form (wire.dumps: ASCII JSON, ", " between items), in characters: a value is
# counted at its length (a text's, a number's digits) as often as the wire form writes it out.  Only lower bounds,
# so that no result is refused early whose wire form fits the limit.
_SEPARATOR = 2
_CONSTANT_TEXT = {ord("N"): 4, ord("T"): 4, ord("F"): 5}  # null, true, false
_FLOAT_TEXT, _COMPLEX_TEXT, _BYTES_TEXT, _QUOTES = 3, 17, 9, 2  # 0.0; {"c": [0.0, 0.0]}; {"b": ""}; ""
_CONTAINER_TEXT = {list: 2, tuple: 9, set: 9, frozenset: 10, dict: 9}  # [], {"t": []}, {"s": []}, {"fs": []}, {"d": []}
_PAIR_TEXT = 4  # [k, v] around a dict's key and value
# The least that the objects the encoder makes for a value take, as this interpreter makes them (with the collector's
# header): a container becomes a new list (and all but a list a one-key dict around it), bytes a base64 text.  Read
# here, not written down: an empty text is 49 bytes on CPython 3.11 and 41 on 3.12 (the review).  Counted against
# the sample's memory budget: in a counting run the child makes them itself, under that budget (runners/child.py).
_LIST_BYTES, _STR_BYTES, _TAG_BYTES = sys.getsizeof([]), sys.getsizeof(""), sys.getsizeof({"t": []})
_SLOT_BYTES = struct.calcsize("P")  # a list's slot: one pointer
_UNREADABLE = (ValueError, TypeError, RecursionError, MemoryError, OverflowError, wire.WireError)


class BadSnapshot(ValueError):
    """Bytes that are not a snapshot of a result (forged, truncated, or too large once written out)."""


class OverBudget(BadSnapshot):
    """A result whose wire form does not fit the sample's memory budget: its memory limit, as in a counting run,
    where the child makes the wire form under that budget.  (Before, the worker made it, whatever it took, and the
    host rebuilt it: 16 million empty lists, 64 MB of JSON, took the host 2.4 GB and half a minute.)"""


class OverLimit(BadSnapshot):
    """A result whose wire form would be longer than the output limit: the sample's output limit, as when the wire
    form itself is too long (and as in a counting run, where the child writes the wire form)."""


def read(data: bytes, max_text: int, max_memory: int) -> list:
    """The outputs list a child marshalled, whose wire form holds at most *max_text* characters and takes at most
    *max_memory* bytes to make (both counted as they are read, shared parts written out in full)."""
    reader = _Reader(data, max_text, max_memory)
    try:
        value, _, _ = reader.value(0)
    except RecursionError:  # the worker's stack is Python's default: deeper than the child's wire form gets anyway
        raise BadSnapshot("nested too deeply") from None
    if reader.pos != len(data):
        raise BadSnapshot("bytes after the value")
    if type(value) is not list:
        raise BadSnapshot("not a list of outputs")
    return value


def to_payload(data: bytes, max_output: int, max_memory: int) -> bytes | None:
    """The wire form of the run's result from its snapshot, as the child would have written it; an error payload
    (phase "encode", the sample's) when the snapshot is bad or a value cannot be encoded, or making the wire form
    would take more than *max_memory* bytes (the sample's budget: a MemoryError, its memory limit); ``None`` when the
    wire form would be longer than *max_output* bytes."""
    try:
        outputs = read(data, max_output, max_memory)
        text = wire.dumps({"kind": "ok", "outputs": [wire.encode_value(o) for o in outputs]}).encode()
    except OverLimit:
        return None
    except OverBudget as exc:
        return wire.error_payload("encode", "MemoryError", str(exc))
    except _UNREADABLE as exc:  # BadSnapshot and UnsupportedOutput among them
        # (the worker's own MemoryError is not the sample's memory budget: an output too large to put in the form)
        kind = "BadSnapshot" if isinstance(exc, MemoryError) else type(exc).__name__
        return wire.error_payload("encode", kind, str(exc)[:1000] or "too large to encode")
    return text if len(text) <= max_output else None


def _referenced(refs: list, index: int) -> tuple[object, int, int]:
    """The value (and its sizes) of a back-reference; one to a container still being read is a result that holds
    itself, refused in words a sample's author can act on (as the wire form refuses it: nested too deeply)."""
    if not 0 <= index < len(refs):
        raise BadSnapshot("bad back-reference")
    if refs[index] is None:
        raise BadSnapshot("a value that contains itself")
    return refs[index]


class _Reader:
    """marshal's format (version 4, as CPython 3.11 to 3.13 write it), for the types a result may hold.

    Each value's two sizes written out in full are counted as it is read: its text (:data:`_SEPARATOR` and the
    like), against the output limit, and the objects that putting it in the wire form makes (:data:`_LIST_BYTES`
    and the like), against the sample's memory budget."""

    def __init__(self, data: bytes, max_text: int, max_memory: int):
        self.raw = data
        self.data = memoryview(data)
        self.pos = 0
        self.text_left, self.memory_left = max_text, max_memory
        # marshal's back-references: (value, its text and memory written out), or None while unfinished
        self.refs: list = []
        self.flood = wire._Decoder()  # the host's own guard against sets and dict keys made to share one hash

    def take(self, n: int) -> memoryview:
        end = self.pos + n
        if n < 0 or end > len(self.data):
            raise BadSnapshot("truncated")
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def count(self, text: int, memory: int = 0) -> int:
        """Count *text* characters, and *memory* bytes of objects, of the wire form; returns *text*.  (The JSON text
        is made while the objects are held: it counts in the memory too.)"""
        self.text_left -= text
        self.memory_left -= memory + text
        if self.text_left < 0:
            raise OverLimit("larger than the output limit once written out")
        if self.memory_left < 0:
            raise OverBudget("its result does not fit its memory budget once put in the wire form")
        return text

    def length(self, code: int) -> int:
        n = self.take(1)[0] if code in _SHORT else _I32.unpack(self.take(4))[0]
        if not 0 <= n <= len(self.data) - self.pos:  # every item and every character takes a byte at least
            raise BadSnapshot("bad length")
        return n

    def value(self, depth: int) -> tuple[object, int, int]:
        """(value, its text and memory written out: the characters at least that a full copy of it takes in the wire
        form, and the bytes at least of the objects that the encoder makes for it)."""
        if depth > MAX_DEPTH:
            raise BadSnapshot("nested too deeply")
        code = self.take(1)[0]
        flag, code = code & _FLAG_REF, code & ~_FLAG_REF
        if code == _REF:
            value, text, memory = _referenced(self.refs, _I32.unpack(self.take(4))[0])
            return value, self.count(text, memory), memory
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)
        if code in _CONTAINERS or code in (_DICT, _SMALL_TUPLE):
            value, text, memory = self.container(code, depth)
        else:
            value, text, memory = self.scalar(code)
            self.count(text, memory)
        if slot is not None:
            self.refs[slot] = (value, text, memory)
        return value, text, memory

    def container(self, code: int, depth: int) -> tuple[object, int, int]:
        """A container is built once its items are read, so one that holds itself is refused here (the wire form
        refuses it too, as nested too deeply) where marshal.loads would build it."""
        kind = dict if code == _DICT else _CONTAINERS.get(code, tuple)
        head = _LIST_BYTES + (0 if kind is list else _TAG_BYTES)
        text, memory = self.count(_CONTAINER_TEXT[kind], head), head
        if code == _DICT:
            pairs = []
            while self.data[self.pos:self.pos + 1] != b"0":
                key, key_text, key_memory = self.value(depth + 1)
                item, item_text, item_memory = self.value(depth + 1)
                pairs.append((key, item))
                pair = _LIST_BYTES + 3 * _SLOT_BYTES  # [key, value], and its slot in the list of pairs
                text += self.count(_PAIR_TEXT + (_SEPARATOR if len(pairs) > 1 else 0), pair) + key_text + item_text
                memory += pair + key_memory + item_memory
            self.take(1)
            self.flood.hashable([k for k, _ in pairs])
            return dict(pairs), text, memory
        items: list = []
        left = self.length(code)
        while left:
            run, run_text, run_memory = self.run(left)
            if run:
                items += run
                text += run_text
                memory += run_memory
                left -= len(run)
                continue
            item, item_text, item_memory = self.value(depth + 1)
            items.append(item)
            text += item_text
            memory += item_memory
            left -= 1
        slots = _SLOT_BYTES * len(items)
        text += self.count(_SEPARATOR * max(0, len(items) - 1), slots)
        memory += slots
        if kind in (set, frozenset):
            self.flood.hashable(items)
        return kind(items), text, memory

    def run(self, most: int) -> tuple[list, int, int]:
        """Up to *most* numbers (or back-references) read in one pass, and their sizes written out; ([], 0, 0) if
        none."""
        for pattern, record, width, text in _RUNS:
            found = pattern.match(self.raw, self.pos, self.pos + width * most)
            if found:
                self.pos = found.end()
                return self.records(found.group(), record, text)
        return [], 0, 0

    def records(self, chunk: bytes, record: struct.Struct, text: int) -> tuple[list, int, int]:
        """The numbers of a run, each of *text* characters at least (a back-reference: its value's sizes)."""
        values, size, memory, refs = [], 0, 0, self.refs
        for code, value in record.iter_unpack(chunk):
            if code == _REF:
                value, value_text, value_memory = _referenced(refs, value)
                size += value_text
                memory += value_memory
            else:
                size += text
                if code & _FLAG_REF:
                    refs.append((value, text, 0))
            values.append(value)
        return values, self.count(size, memory), memory

    def scalar(self, code: int) -> tuple[object, int, int]:
        """(value, the characters at least that it takes in the wire form, the bytes of objects made for it there:
        none for a number or a text, which the encoder passes on as they are)."""
        if code in _CONSTANTS:
            return _CONSTANTS[code], _CONSTANT_TEXT[code], 0
        if code == ord("i"):
            return _I32.unpack(self.take(4))[0], 1, 0
        if code == ord("l"):
            number = self.long()
            return number, max(1, number.bit_length() // 4), 0  # as many hex digits, fewer than decimal ones
        if code == ord("g"):
            return _F64.unpack(self.take(8))[0], _FLOAT_TEXT, 0
        if code == ord("y"):
            return complex(*_C128.unpack(self.take(16))), _COMPLEX_TEXT, _TAG_BYTES + _LIST_BYTES + 2 * _SLOT_BYTES
        if code == ord("s"):
            data = bytes(self.take(self.length(code)))
            encoded = 4 * ((len(data) + 2) // 3)  # base64, in a text of its own
            return data, _BYTES_TEXT + encoded, _TAG_BYTES + _STR_BYTES + encoded
        if code in _TEXT:
            text = str(self.take(self.length(code)), _TEXT[code], "surrogatepass")
            return text, _QUOTES + len(text), 0
        raise BadSnapshot(f"not a result value (marshal type {chr(code)!r})")

    def long(self) -> int:
        """marshal's arbitrary-size int: a signed count of 15-bit digits, least significant first.  Joined pairwise,
        so a huge one costs O(n log n) rather than the O(n^2) of adding one digit at a time."""
        n = _I32.unpack(self.take(4))[0]
        if abs(n) > (len(self.data) - self.pos) // 2:
            raise BadSnapshot("bad length")
        parts = list(struct.unpack(f"<{abs(n)}H", self.take(2 * abs(n))))
        if parts and max(parts) >= 1 << 15:
            raise BadSnapshot("bad digit")
        width = 15
        while len(parts) > 1:
            if len(parts) % 2:
                parts.append(0)
            parts = [low | high << width for low, high in zip(parts[::2], parts[1::2])]
            width *= 2
        magnitude = parts[0] if parts else 0
        return -magnitude if n < 0 else magnitude
