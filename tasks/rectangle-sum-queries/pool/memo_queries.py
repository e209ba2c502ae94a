from functools import lru_cache


def rectangle_sums(grid, queries):
    # Row prefix sums plus a cache of answered rectangles.
    pre = []
    for row in grid:
        acc = [0]
        for x in row:
            acc.append(acc[-1] + x)
        pre.append(acc)

    @lru_cache(maxsize=None)
    def rect(r1, c1, r2, c2):
        return sum(pre[r][c2 + 1] - pre[r][c1] for r in range(r1, r2 + 1))

    return [rect(*q) for q in queries]
