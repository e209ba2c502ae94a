import heapq


def max_job_profit(deadlines, profits):
    heap = []
    for d, p in sorted(zip(deadlines, profits)):
        if len(heap) < d:
            heapq.heappush(heap, p)
        else:
            heapq.heappushpop(heap, p)
    total = 0
    for p in heap:
        total += p
    return total
