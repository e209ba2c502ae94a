import bisect
import heapq


def assign_tellers(k, arrivals, durations):
    # Busy tellers in a heap of (free time, number); free tellers in a sorted list kept with insort;
    # the answers collected in a dict by customer.
    idle = list(range(k))
    busy = []
    now = 0
    answer = {}
    for i in range(len(arrivals)):
        if arrivals[i] > now:
            now = arrivals[i]
        if len(idle) == 0 and busy[0][0] > now:
            now = busy[0][0]
        while len(busy) > 0 and busy[0][0] <= now:
            bisect.insort(idle, heapq.heappop(busy)[1])
        teller = idle.pop(0)
        heapq.heappush(busy, (now + durations[i], teller))
        answer[i] = teller
    return [answer[i] for i in range(len(arrivals))]
