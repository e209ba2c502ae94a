from bisect import bisect_left, insort


def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        dp = [0]
        window = [0]  # the dp values of the last k positions, kept sorted
        for i, c in enumerate(costs, 1):
            v = window[0] + c
            dp.append(v)
            insort(window, v)
            if i >= k:
                old = dp[i - k]
                del window[bisect_left(window, old)]
        out.append(window[0])
    return out
