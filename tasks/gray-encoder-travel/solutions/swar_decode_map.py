from array import array
from itertools import islice
from operator import sub


def travel(readings):
    # All codes packed as 32-bit lanes of one integer; the five doubling steps of the prefix xor act on every lane at
    # once, a mask stopping the bits that cross into the lane below. The positions are read back as an array.
    n = len(readings)
    if n < 2:
        return 0
    x = int.from_bytes(array("I", readings).tobytes(), "little")
    for s in (1, 2, 4, 8, 16):
        mask = int.from_bytes(((1 << (32 - s)) - 1).to_bytes(4, "little") * n, "little")
        x ^= (x >> s) & mask
    pos = array("I")
    pos.frombytes(x.to_bytes(4 * n, "little"))
    return sum(map(abs, map(sub, islice(pos, 1, None), pos)))
