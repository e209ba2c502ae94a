from heapq import heappush, heapreplace


def max_job_profit(deadlines, profits):
    # Jobs as (deadline, pay) tuples, sorted by deadline (ties by pay); the kept pays in a min-heap.
    heap = []
    for d, p in sorted(zip(deadlines, profits)):
        if len(heap) < d:
            heappush(heap, p)
        elif heap[0] < p:
            heapreplace(heap, p)
    return sum(heap)
