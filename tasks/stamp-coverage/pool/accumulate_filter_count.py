from itertools import accumulate
from operator import add


def count_covered(rows, cols, stamps, k):
    # Corner marks, rows prefixed and added to the row above in C; the count is the length of a filtered list.
    diff = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r1, c1, r2, c2 in stamps:
        diff[r1][c1] += 1
        diff[r1][c2 + 1] -= 1
        diff[r2 + 1][c1] -= 1
        diff[r2 + 1][c2 + 1] += 1
    cover = [0] * (cols + 1)
    count = 0
    for r in range(rows):
        cover = list(map(add, cover, accumulate(diff[r])))
        count += len([v for v in cover[:cols] if v >= k])
    return count
