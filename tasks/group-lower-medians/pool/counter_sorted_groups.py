from collections import Counter


def sum_group_medians(groups, values):
    # Sort the pairs once; the group sizes (Counter) tell where each group's run starts.
    pairs = sorted(zip(groups, values))
    sizes = Counter(groups)
    total = 0
    start = 0
    for g in sorted(sizes):
        c = sizes[g]
        total += pairs[start + (c - 1) // 2][1]
        start += c
    return total
