from collections import deque


def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        n = len(costs)
        q = deque()
        q.append((0, 0))  # (dp value, position), values increasing front to back
        cur = 0
        for i in range(1, n + 2):
            while q[0][1] < i - k:
                q.popleft()
            cur = q[0][0] + (costs[i - 1] if i <= n else 0)
            while q and q[-1][0] >= cur:
                q.pop()
            q.append((cur, i))
        out.append(cur)
    return out
