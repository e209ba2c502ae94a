from collections import defaultdict


def sum_group_medians(groups, values):
    # Remove the minimum of each group (c - 1) // 2 times; the minimum left is the lower median.
    buckets = defaultdict(list)
    for g, v in zip(groups, values):
        buckets[g].append(v)
    total = 0
    for vals in buckets.values():
        rest = list(vals)
        for _ in range((len(rest) - 1) // 2):
            rest.remove(min(rest))
        total += min(rest)
    return total
