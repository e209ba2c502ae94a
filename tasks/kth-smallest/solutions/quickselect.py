import random


def kth_smallest(nums, k):
    # Quickselect whose two pivots come from a random sample, placed just below and just above the expected
    # position of the answer (in the spirit of Floyd-Rivest): one or two passes usually shrink the list to a
    # small window around the k-th value, which is then sorted.
    rng = random.Random(0x5EED)
    values = nums
    k -= 1
    while len(values) > 600:
        n = len(values)
        sample = sorted(rng.choices(values, k=200))
        j = k * 200 // n
        lo = sample[max(0, j - 20)]
        hi = sample[min(199, j + 20)]
        below = [x for x in values if x < lo]
        if k < len(below):
            values = below
            continue
        window = [x for x in values if lo <= x <= hi]
        if k < len(below) + len(window):
            if lo == hi:
                return lo
            if len(window) == n:  # few distinct values: no progress possible, finish by sorting
                break
            k -= len(below)
            values = window
            continue
        k -= len(below) + len(window)
        values = [x for x in values if x > hi]
    return sorted(values)[k]
