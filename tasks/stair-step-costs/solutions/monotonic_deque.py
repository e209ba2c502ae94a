from collections import deque


def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        # dq holds positions of the last k whose dp values increase from front to back: the front is the window's
        # minimum. Each position enters and leaves once.
        dp = [0]
        dq = deque([0])
        for i, c in enumerate(costs, 1):
            if dq[0] < i - k:
                dq.popleft()
            v = c + dp[dq[0]]
            dp.append(v)
            while dq and dp[dq[-1]] >= v:
                dq.pop()
            dq.append(i)
        n = len(costs)
        if dq[0] < n + 1 - k:
            dq.popleft()
        out.append(dp[dq[0]])
    return out
