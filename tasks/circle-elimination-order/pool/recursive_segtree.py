import sys


def elimination_checksums(games):
    sys.setrecursionlimit(10000)
    answers = []
    for n, k in games:
        if n == 0:
            answers.append(0)
            continue
        tree = [0] * (4 * n)

        def build(node, lo, hi):
            if lo == hi:
                tree[node] = 1
                return
            mid = (lo + hi) // 2
            build(2 * node, lo, mid)
            build(2 * node + 1, mid + 1, hi)
            tree[node] = tree[2 * node] + tree[2 * node + 1]

        def take(node, lo, hi, r):
            # remove and return the position of the r-th (0-based) person left in [lo, hi]
            tree[node] -= 1
            if lo == hi:
                return lo
            mid = (lo + hi) // 2
            if r < tree[2 * node]:
                return take(2 * node, lo, mid, r)
            return take(2 * node + 1, mid + 1, hi, r - tree[2 * node])

        build(1, 1, n)
        pos = 0
        total = 0
        for t in range(1, n + 1):
            pos = (pos + k - 1) % (n - t + 1)
            total += t * take(1, 1, n, pos)
        answers.append(total)
    return answers
