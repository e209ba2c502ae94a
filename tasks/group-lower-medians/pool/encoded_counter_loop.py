from collections import Counter


def sum_group_medians(groups, values):
    shift = 1 << 32
    keys = sorted(g * shift + v for g, v in zip(groups, values))
    counts = Counter(groups)
    total = 0
    pos = 0
    for g in sorted(counts):
        c = counts[g]
        total += keys[pos + (c - 1) // 2] - g * shift
        pos += c
    return total
