from heapq import heappush, heapreplace


def max_job_profit(deadlines, profits):
    # By deadline: the kept jobs fit in their units as long as no more than d of them are due by d. Jobs are grouped
    # by deadline and each group sorted by pay, best first: the group fills the free room of the heap of kept pays,
    # then replaces the worst kept pays while it beats them, and the rest of the group (paying less still) is skipped
    # without a look.
    groups = {}
    for d, p in zip(deadlines, profits):
        g = groups.get(d)
        if g is None:
            groups[d] = [p]
        else:
            g.append(p)
    heap = []
    for d in sorted(groups):
        g = groups[d]
        g.sort(reverse=True)
        room = d - len(heap)
        if room > 0:
            for p in g[:room]:
                heappush(heap, p)
            g = g[room:]
        for p in g:
            if p <= heap[0]:
                break
            heapreplace(heap, p)
    return sum(heap)
