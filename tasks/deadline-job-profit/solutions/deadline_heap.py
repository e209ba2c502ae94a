from heapq import heappush, heapreplace


def max_job_profit(deadlines, profits):
    # By deadline: the kept jobs fit in their units as long as no more than d of them are due by d. When the heap of
    # kept pays is full for this deadline, the new job replaces the worst kept one if it pays more. The order comes
    # from sorting the indices on the deadlines alone (int keys compare faster than tuples).
    heap = []
    for i in sorted(range(len(deadlines)), key=deadlines.__getitem__):
        p = profits[i]
        if len(heap) < deadlines[i]:
            heappush(heap, p)
        elif heap[0] < p:
            heapreplace(heap, p)
    return sum(heap)
