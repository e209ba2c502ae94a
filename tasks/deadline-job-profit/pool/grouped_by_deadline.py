import heapq
from collections import defaultdict


def max_job_profit(deadlines, profits):
    # Jobs grouped by deadline in a dict; the groups visited in deadline order, the kept pays in a min-heap.
    groups = defaultdict(list)
    for d, p in zip(deadlines, profits):
        groups[d].append(p)
    kept = []
    for d in sorted(groups):
        for p in groups[d]:
            if len(kept) < d:
                heapq.heappush(kept, p)
            elif kept[0] < p:
                heapq.heapreplace(kept, p)
    return sum(kept)
