import heapq
from collections import deque


def assign_tellers(k, arrivals, durations):
    # Discrete-event simulation: a priority queue of (time, kind, id) events, where departures (kind 0) come before
    # arrivals (kind 1) at the same time; free tellers in a sorted list.
    events = [(arrivals[i], 1, i) for i in range(len(arrivals))]
    heapq.heapify(events)
    free = list(range(k))
    line = deque()
    result = [0] * len(arrivals)
    while events:
        time, kind, who = heapq.heappop(events)
        if kind == 0:
            free.append(who)
            free.sort()
        else:
            line.append(who)
        if events and events[0][0] == time:
            continue  # finish every event at this time before seating anyone
        while line and free:
            c = line.popleft()
            t = free.pop(0)
            result[c] = t
            heapq.heappush(events, (time + durations[c], 0, t))
    return result
