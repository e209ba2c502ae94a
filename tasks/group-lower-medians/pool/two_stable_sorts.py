from operator import itemgetter


def sum_group_medians(groups, values):
    # Sort pairs by value, then stably by group: each group's values are contiguous and ascending.
    pairs = sorted(zip(groups, values), key=itemgetter(1))
    pairs.sort(key=itemgetter(0))
    total = 0
    start = 0
    n = len(pairs)
    for k in range(1, n + 1):
        if k == n or pairs[k][0] != pairs[start][0]:
            total += pairs[start + (k - start - 1) // 2][1]
            start = k
    return total
