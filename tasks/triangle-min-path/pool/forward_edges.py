def min_triangle_path(triangle):
    # Top down: the cheapest cost to reach each cell of the current row; edges have a single parent.
    if not triangle:
        return 0
    prev = [triangle[0][0]]
    for r in range(1, len(triangle)):
        row = triangle[r]
        cur = [0] * (r + 1)
        cur[0] = prev[0] + row[0]
        cur[r] = prev[r - 1] + row[r]
        for c in range(1, r):
            cur[c] = row[c] + min(prev[c - 1], prev[c])
        prev = cur
    return min(prev)
