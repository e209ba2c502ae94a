from itertools import compress, count, islice
from operator import is_not


def first_repeat(nums, w):
    total = len(nums) - w + 1
    if total <= 1:
        return -1
    windows = list(zip(*[islice(nums, k, None) for k in range(w)]))
    firsts = dict.fromkeys(windows)
    distinct = len(firsts)
    if distinct == total:
        return -1
    return next(compress(count(), map(is_not, firsts, windows)), distinct)
