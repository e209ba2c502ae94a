def count_free_squares(grid):
    # For each side k, AND k consecutive row integers afresh (a k-row vertical window) and then k shifted copies of
    # that (a k-column horizontal window): O(K^2 * R) big-integer operations.
    rows = [int(row.translate(str.maketrans(".#", "10")), 2) for row in grid]
    n = len(rows)
    total = 0
    k = 1
    while k <= n:
        found = 0
        for i in range(n - k + 1):
            v = rows[i]
            for d in range(1, k):
                v &= rows[i + d]
                if not v:
                    break
            w = v
            for d in range(1, k):
                if not w:
                    break
                w &= v << d
            found += w.bit_count()
        if not found:
            break
        total += found
        k += 1
    return total
