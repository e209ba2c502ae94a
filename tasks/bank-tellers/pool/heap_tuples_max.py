import heapq


def assign_tellers(k, arrivals, durations):
    # Customers are seated in arrival order; each step takes the start time as the max of the arrival, the previous
    # start and (when no teller is idle) the earliest busy teller's free time, then releases every teller free by
    # then into the idle heap.
    idle = list(range(k))
    busy = []
    start = 0
    answer = []
    for i in range(len(arrivals)):
        earliest = busy[0][0] if len(idle) == 0 else 0
        start = max(arrivals[i], start, earliest)
        while len(busy) > 0 and busy[0][0] <= start:
            free_time, teller = heapq.heappop(busy)
            heapq.heappush(idle, teller)
        teller = heapq.heappop(idle)
        heapq.heappush(busy, (start + durations[i], teller))
        answer.append(teller)
    return answer
