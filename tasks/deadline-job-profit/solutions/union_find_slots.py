def max_job_profit(deadlines, profits):
    # Best pay first, each job in the latest free unit at or before its deadline. parent[t] leads to the latest free
    # unit <= t (0 = none); a taken unit is linked to the one before it, and paths are compressed.
    n = len(deadlines)
    parent = list(range(n + 1))
    total = 0
    for p, d in sorted(zip(profits, deadlines), reverse=True):
        s = min(d, n)
        r = s
        while parent[r] != r:
            r = parent[r]
        while parent[s] != r:
            parent[s], s = r, parent[s]
        if r:
            total += p
            parent[r] = r - 1
    return total
