def range_min(a, queries):
    table = [list(a)]
    j = 1
    while (1 << j) <= len(a):
        prev = table[-1]
        half = 1 << (j - 1)
        table.append([min(prev[i], prev[i + half]) for i in range(len(a) - (1 << j) + 1)])
        j += 1
    out = []
    for l, r in queries:
        k = (r - l + 1).bit_length() - 1
        out.append(min(table[k][l], table[k][r - (1 << k) + 1]))
    return out
