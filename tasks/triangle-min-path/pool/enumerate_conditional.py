def min_triangle_path(triangle):
    if not triangle:
        return 0
    best = triangle[-1]
    for row in triangle[-2::-1]:
        best = [v + (best[j] if best[j] < best[j + 1] else best[j + 1]) for j, v in enumerate(row)]
    return best[0]
