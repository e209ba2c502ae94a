from itertools import accumulate


def count_covered(rows, cols, stamps, k):
    # Two-dimensional difference array: four corner marks per stamp. The covers are the prefix sums of the marks
    # along the rows and then down the columns: zip(*) of the rows' accumulate() iterators hands out the columns of
    # the row-prefixed marks (in C, nothing stored per row), and each column is prefixed by accumulate() and counted
    # by one comparison per cell. The extra mark row and column prefix to 0, below any k, so they never count.
    diff = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r1, c1, r2, c2 in stamps:
        top = diff[r1]
        top[c1] += 1
        top[c2 + 1] -= 1
        below = diff[r2 + 1]
        below[c1] -= 1
        below[c2 + 1] += 1
    count = 0
    for column in zip(*map(accumulate, diff)):
        count += len([v for v in accumulate(column) if v >= k])
    return count
