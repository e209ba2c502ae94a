from array import array
from itertools import compress, count
from operator import is_not

_CODE = "i" if array("i").itemsize == 4 else "l"


def first_repeat(nums, w):
    # Pack the numbers as 4-byte ints once; the window at j is then the bytes slice buf[4j:4j + 4w], hashed and
    # compared in C. dict.fromkeys keeps each content's first window object, in order of first appearance, so its
    # keys are the windows themselves up to the first repeat j and differ from the window list from j on: the first
    # position where the two sequences hold different objects (compress over map(is_not)) is the answer. No Python
    # loop runs per window.
    total = len(nums) - w + 1
    if total <= 1:
        return -1
    size = array(_CODE).itemsize
    buf = array(_CODE, nums).tobytes()
    windows = list(map(buf.__getitem__, map(slice, range(0, size * total, size),
                                             range(size * w, size * (total + w), size))))
    firsts = dict.fromkeys(windows)
    distinct = len(firsts)
    if distinct == total:
        return -1
    return next(compress(count(), map(is_not, firsts, windows)), distinct)
