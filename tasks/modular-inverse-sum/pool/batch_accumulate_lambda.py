from itertools import accumulate
from operator import mul, mod
from itertools import repeat


def inverse_sum(nums, p):
    if not nums:
        return 0
    f = lambda x, y: x * y % p
    pre = list(accumulate(nums, f, initial=1))
    last = pre.pop()
    # suffix walk: inverses of the prefix products, from the full product down
    inv_pre = list(accumulate(reversed(nums), f, initial=pow(last, -1, p)))
    inv_pre.pop()
    inv_pre.reverse()
    return sum(map(mod, map(mul, inv_pre, pre), repeat(p)))
