from array import array
from operator import sub


def travel(readings):
    n = len(readings)
    if n < 2:
        return 0
    x = int.from_bytes(array("I", readings).tobytes(), "little")
    for s in (16, 8, 4, 2, 1):
        keep = (1 << (32 - s)) - 1
        mask = int.from_bytes(array("I", [keep]) .tobytes() * n, "little")
        x ^= (x >> s) & mask
    pos = array("I", x.to_bytes(4 * n, "little")).tolist()
    return sum(map(abs, map(sub, pos[1:], pos)))
