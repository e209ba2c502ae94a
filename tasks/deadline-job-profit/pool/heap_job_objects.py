import heapq


class Job:
    def __init__(self, deadline, profit):
        self.deadline = deadline
        self.profit = profit

    def __lt__(self, other):
        return self.profit < other.profit


def max_job_profit(deadlines, profits):
    jobs = [Job(d, p) for d, p in zip(deadlines, profits)]
    jobs.sort(key=lambda j: j.deadline)
    heap = []
    for job in jobs:
        heapq.heappush(heap, job)
        if len(heap) > job.deadline:
            heapq.heappop(heap)
    return sum(job.profit for job in heap)
