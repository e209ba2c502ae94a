from bisect import bisect_right


def max_job_profit(deadlines, profits):
    # Best pay first; the free time units in a sorted list, the latest one not after the deadline found by bisection.
    n = len(deadlines)
    if n == 0:
        return 0
    free = list(range(1, min(n, max(deadlines)) + 1))
    total = 0
    for p, d in sorted(zip(profits, deadlines), reverse=True):
        k = bisect_right(free, d)
        if k:
            free.pop(k - 1)
            total += p
            if not free:
                break
    return total
