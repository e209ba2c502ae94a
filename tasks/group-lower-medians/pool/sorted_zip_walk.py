def sum_group_medians(groups, values):
    pairs = sorted(zip(groups, values))
    total = 0
    n = len(pairs)
    i = 0
    while i < n:
        g = pairs[i][0]
        j = i
        while j < n and pairs[j][0] == g:
            j += 1
        total += pairs[(i + j - 1) // 2][1]
        i = j
    return total
