from itertools import groupby
from operator import itemgetter


def sum_group_medians(groups, values):
    # Sorted (group, value) pairs put each group's values together and in order.
    total = 0
    for _, run in groupby(sorted(zip(groups, values)), key=itemgetter(0)):
        members = list(run)
        total += members[(len(members) - 1) // 2][1]
    return total
