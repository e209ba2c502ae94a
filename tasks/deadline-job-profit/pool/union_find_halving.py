def max_job_profit(deadlines, profits):
    n = len(deadlines)
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = sorted(range(n), key=lambda i: profits[i], reverse=True)
    total = 0
    for i in order:
        slot = find(min(deadlines[i], n))
        if slot:
            total += profits[i]
            parent[slot] = slot - 1
    return total
