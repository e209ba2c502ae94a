def sum_group_medians(groups, values):
    # Pack (group, value) into one int so a plain int sort orders the records; walk the sorted ints.
    shift = 1 << 32
    keys = sorted([g * shift + v for g, v in zip(groups, values)])
    total = 0
    n = len(keys)
    i = 0
    while i < n:
        g = (keys[i] + (shift >> 1)) // shift
        limit = (g + 1) * shift - (shift >> 1)
        j = i
        while j < n and keys[j] < limit:
            j += 1
        total += keys[(i + j - 1) // 2] - g * shift
        i = j
    return total
