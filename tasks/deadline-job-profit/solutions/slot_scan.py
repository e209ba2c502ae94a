def max_job_profit(deadlines, profits):
    # Best pay first; each job takes the latest free time unit at or before its deadline, found by scanning down
    # a table of the units (no schedule needs more units than there are jobs).
    n = len(deadlines)
    used = [False] * (n + 1)
    total = 0
    for p, d in sorted(zip(profits, deadlines), reverse=True):
        for t in range(min(d, n), 0, -1):
            if not used[t]:
                used[t] = True
                total += p
                break
    return total
