def sum_group_medians(groups, values):
    grouped = {}
    for i in range(len(groups)):
        grouped.setdefault(groups[i], []).append(values[i])
    total = 0
    for g in grouped:
        vals = sorted(grouped[g])
        total += vals[(len(vals) - 1) // 2]
    return total
