def min_triangle_path(triangle):
    if not triangle:
        return 0
    best = list(triangle[-1])
    for row in reversed(triangle[:-1]):
        best = [x + min(a, b) for x, a, b in zip(row, best, best[1:])]
    return best[0]
