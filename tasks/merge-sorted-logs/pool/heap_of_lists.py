import heapq


def merge_logs(logs):
    # Mutable [value, log, position] entries, advanced in place and sifted back down.
    heap = [[log[0], j, 0] for j, log in enumerate(logs) if log]
    heapq.heapify(heap)
    out = []
    while heap:
        top = heap[0]
        out.append(top[0])
        top[2] += 1
        log = logs[top[1]]
        if top[2] < len(log):
            top[0] = log[top[2]]
            heapq.heapreplace(heap, top)
        else:
            heapq.heappop(heap)
    return out
