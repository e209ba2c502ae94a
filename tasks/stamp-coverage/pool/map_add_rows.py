from itertools import accumulate
from operator import add


def count_covered(rows, cols, stamps, k):
    # Corner marks; row r's covers are the previous row's covers plus the prefix sums of its marks (map(add) over
    # accumulate()), counted by sum(map(k.__le__)).
    diff = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r1, c1, r2, c2 in stamps:
        top = diff[r1]
        top[c1] += 1
        top[c2 + 1] -= 1
        below = diff[r2 + 1]
        below[c1] -= 1
        below[c2 + 1] += 1
    at_least = k.__le__
    cover = [0] * (cols + 1)
    count = 0
    for r in range(rows):
        cover = list(map(add, cover, accumulate(diff[r])))
        count += sum(map(at_least, cover))
    return count
