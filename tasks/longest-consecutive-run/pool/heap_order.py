import heapq


def longest_run(nums):
    heap = list(set(nums))
    heapq.heapify(heap)
    best = 0
    run = 0
    prev = None
    while heap:
        x = heapq.heappop(heap)
        run = run + 1 if prev is not None and x == prev + 1 else 1
        best = max(best, run)
        prev = x
    return best
