from itertools import accumulate


def count_covered(rows, cols, stamps, k):
    # Corner marks, rows prefixed by accumulate() and added to the row above with zip; counted by a generator.
    diff = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r1, c1, r2, c2 in stamps:
        diff[r1][c1] += 1
        diff[r1][c2 + 1] -= 1
        diff[r2 + 1][c1] -= 1
        diff[r2 + 1][c2 + 1] += 1
    cover = [0] * (cols + 1)
    count = 0
    for r in range(rows):
        cover = [a + b for a, b in zip(cover, accumulate(diff[r]))]
        count += sum(1 for v in cover if v >= k)
    return count
