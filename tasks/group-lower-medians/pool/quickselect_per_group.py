import random


def _select(arr, k):
    # k-th smallest (0-based) by quickselect with three-way partitions.
    while True:
        if len(arr) == 1:
            return arr[0]
        pivot = random.choice(arr)
        lows = [x for x in arr if x < pivot]
        if k < len(lows):
            arr = lows
            continue
        equal = sum(1 for x in arr if x == pivot)
        if k < len(lows) + equal:
            return pivot
        k -= len(lows) + equal
        arr = [x for x in arr if x > pivot]


def sum_group_medians(groups, values):
    buckets = {}
    for g, v in zip(groups, values):
        if g in buckets:
            buckets[g].append(v)
        else:
            buckets[g] = [v]
    return sum(_select(vals, (len(vals) - 1) // 2) for vals in buckets.values())
