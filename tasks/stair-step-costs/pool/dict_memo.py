def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        n = len(costs)
        memo = {}

        def solve(i):
            # cheapest way to get from position i to the top (position n + 1)
            if i >= n + 1:
                return 0
            if i in memo:
                return memo[i]
            best = float("inf")
            for step in range(1, k + 1):
                nxt = i + step
                if nxt > n + 1:
                    break
                cand = (costs[nxt - 1] if nxt <= n else 0) + solve(nxt)
                if cand < best:
                    best = cand
            memo[i] = best
            return best

        # fill from the top down so the recursion never goes deep
        for i in range(n, -1, -1):
            solve(i)
        out.append(solve(0))
    return out
