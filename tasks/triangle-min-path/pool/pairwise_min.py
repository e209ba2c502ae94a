from itertools import pairwise


def min_triangle_path(triangle):
    if not triangle:
        return 0
    best = triangle[-1]
    for i in range(len(triangle) - 2, -1, -1):
        best = [v + min(pair) for v, pair in zip(triangle[i], pairwise(best))]
    return best[0]
