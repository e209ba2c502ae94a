from itertools import accumulate


def count_covered(rows, cols, stamps, k):
    # One difference array per row, two marks per stamp row; each row's covers by accumulate(), counted in a loop.
    diff = [[0] * (cols + 1) for _ in range(rows)]
    for r1, c1, r2, c2 in stamps:
        for r in range(r1, r2 + 1):
            line = diff[r]
            line[c1] += 1
            line[c2 + 1] -= 1
    count = 0
    for line in diff:
        count += sum(1 for v in accumulate(line) if v >= k)
    return count
