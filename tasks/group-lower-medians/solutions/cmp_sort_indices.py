from functools import cmp_to_key


def sum_group_medians(groups, values):
    # Sort the record indices by (group, value) with a comparison function, then walk the groups.
    def compare(i, j):
        if groups[i] != groups[j]:
            return -1 if groups[i] < groups[j] else 1
        if values[i] != values[j]:
            return -1 if values[i] < values[j] else 1
        return 0

    order = sorted(range(len(groups)), key=cmp_to_key(compare))
    total = 0
    start = 0
    n = len(order)
    while start < n:
        end = start
        g = groups[order[start]]
        while end < n and groups[order[end]] == g:
            end += 1
        total += values[order[start + (end - start - 1) // 2]]
        start = end
    return total
