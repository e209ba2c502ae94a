from itertools import accumulate


def rectangle_sums(grid, queries):
    # Row prefix sums; a query sums one difference per row with a generator.
    pre = [[0, *accumulate(row)] for row in grid]
    return [sum(p[c2 + 1] - p[c1] for p in pre[r1:r2 + 1]) for r1, c1, r2, c2 in queries]
