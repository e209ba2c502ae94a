from operator import add


def min_triangle_path(triangle):
    if not triangle:
        return 0
    best = triangle[-1]
    for row in reversed(triangle[:-1]):
        best = list(map(add, row, map(min, best, best[1:])))
    return best[0]
