import heapq


def elevator_nearest_first(requests):
    # Before every trip, rebuild a heap of (distance, index, call) over the waiting calls and pop its top.
    waiting = []
    now = here = waited = 0
    idx = 0
    while idx < len(requests) or waiting:
        if not waiting and requests[idx][0] > now:
            now = requests[idx][0]
        while idx < len(requests) and requests[idx][0] <= now:
            waiting.append((idx, requests[idx]))
            idx += 1
        heap = [(abs(call[1] - here), k, call) for k, call in waiting]
        heapq.heapify(heap)
        _, k, call = heapq.heappop(heap)
        waiting = [(k2, c) for _, k2, c in heap]
        t, src, dst = call
        now += abs(src - here)
        waited += now - t
        now += abs(dst - src)
        here = dst
    return [now, waited]
