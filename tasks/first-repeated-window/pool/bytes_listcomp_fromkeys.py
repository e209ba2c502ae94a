from array import array
from itertools import compress, count
from operator import is_not


def first_repeat(nums, w):
    total = len(nums) - w + 1
    if total <= 1:
        return -1
    buf = array("i", nums).tobytes()
    width = 4 * w
    windows = [buf[i:i + width] for i in range(0, 4 * total, 4)]
    firsts = dict.fromkeys(windows)
    distinct = len(firsts)
    if distinct == total:
        return -1
    return next(compress(count(), map(is_not, firsts, windows)), distinct)
