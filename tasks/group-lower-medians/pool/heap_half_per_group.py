import heapq
from collections import defaultdict


def sum_group_medians(groups, values):
    buckets = defaultdict(list)
    for g, v in zip(groups, values):
        buckets[g].append(v)
    total = 0
    for vals in buckets.values():
        k = (len(vals) + 1) // 2
        total += heapq.nsmallest(k, vals)[-1]
    return total
