def sum_group_medians(groups, values):
    # Collect each group's values in a list, then sort each list and take its lower median.
    buckets = {}
    for g, v in zip(groups, values):
        lst = buckets.get(g)
        if lst is None:
            buckets[g] = [v]
        else:
            lst.append(v)
    total = 0
    for lst in buckets.values():
        lst.sort()
        total += lst[(len(lst) - 1) // 2]
    return total
