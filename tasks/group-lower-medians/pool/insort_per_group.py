import bisect


def sum_group_medians(groups, values):
    # Keep each group's values sorted as they arrive.
    sorted_lists = {}
    for g, v in zip(groups, values):
        if g not in sorted_lists:
            sorted_lists[g] = []
        bisect.insort(sorted_lists[g], v)
    total = 0
    for lst in sorted_lists.values():
        total += lst[(len(lst) - 1) // 2]
    return total
