def sum_group_medians(groups, values):
    # Sort record indices by (group, value), then find each group's run.
    n = len(groups)
    order = sorted(range(n), key=lambda i: (groups[i], values[i]))
    total = 0
    i = 0
    while i < n:
        j = i
        while j < n and groups[order[j]] == groups[order[i]]:
            j += 1
        total += values[order[i + (j - i - 1) // 2]]
        i = j
    return total
