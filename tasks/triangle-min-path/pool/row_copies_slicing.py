def min_triangle_path(triangle):
    # Keep every row's best costs (the full table), building each row from a copy of the previous one.
    if not triangle:
        return 0
    table = [list(triangle[-1])]
    for r in range(len(triangle) - 2, -1, -1):
        below = table[-1][:]
        cur = []
        for c, val in enumerate(triangle[r]):
            cur.append(val + min(below[c:c + 2]))
        table.append(cur)
    return table[-1][0]
