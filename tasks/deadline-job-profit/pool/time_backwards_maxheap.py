import heapq


def max_job_profit(deadlines, profits):
    # Fill the time units from the last useful one down: every job due at or after unit t may run in t, and t takes
    # the best of those still waiting.
    n = len(deadlines)
    if n == 0:
        return 0
    jobs = sorted(zip(deadlines, profits), reverse=True)
    waiting = []
    total = 0
    i = 0
    for t in range(min(n, jobs[0][0]), 0, -1):
        while i < n and jobs[i][0] >= t:
            heapq.heappush(waiting, -jobs[i][1])
            i += 1
        if waiting:
            total -= heapq.heappop(waiting)
    return total
