from itertools import accumulate


def count_covered(rows, cols, stamps, k):
    # Corner marks; prefix every row with accumulate(), transpose with zip(*), prefix every column the same way,
    # and count with a comprehension over the columns.
    diff = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r1, c1, r2, c2 in stamps:
        diff[r1][c1] += 1
        diff[r1][c2 + 1] -= 1
        diff[r2 + 1][c1] -= 1
        diff[r2 + 1][c2 + 1] += 1
    across = [list(accumulate(line)) for line in diff[:rows]]
    count = 0
    for column in list(zip(*across))[:cols]:
        count += len([v for v in accumulate(column) if v >= k])
    return count
