import heapq


def max_job_profit(deadlines, profits):
    jobs = [[deadlines[i], profits[i]] for i in range(len(deadlines))]
    jobs.sort(key=lambda job: job[0])
    heap = []
    for job in jobs:
        heapq.heappush(heap, [job[1], job[0]])
        if len(heap) > job[0]:
            heapq.heappop(heap)
    return sum(item[0] for item in heap)
