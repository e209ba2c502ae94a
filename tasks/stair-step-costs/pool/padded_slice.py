def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        big = float("inf")
        # k infinite entries in front so every window is a full slice of length k
        dp = [big] * (k - 1) + [0]
        for c in costs:
            dp.append(min(dp[-k:]) + c)
        out.append(min(dp[-k:]))
    return out
