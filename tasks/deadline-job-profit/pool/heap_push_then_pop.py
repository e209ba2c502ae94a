import heapq


def max_job_profit(deadlines, profits):
    # Keep every job as it comes (by deadline), then drop the worst kept ones while too many are due by now.
    jobs = sorted(zip(deadlines, profits))
    kept = []
    for d, p in jobs:
        heapq.heappush(kept, p)
        while len(kept) > d:
            heapq.heappop(kept)
    return sum(kept)
