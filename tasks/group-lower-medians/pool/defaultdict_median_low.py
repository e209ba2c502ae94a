from collections import defaultdict
from statistics import median_low


def sum_group_medians(groups, values):
    by_group = defaultdict(list)
    for g, v in zip(groups, values):
        by_group[g].append(v)
    return sum(median_low(vals) for vals in by_group.values())
