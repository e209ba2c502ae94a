import heapq


def assign_tellers(k, arrivals, durations):
    # The line is first come first served, so the customers are seated in index order and no line needs keeping:
    # customer i starts at the latest of its arrival, the previous customer's start and the earliest time a teller
    # is free, and takes the lowest-numbered teller free then. Free tellers wait in a heap of numbers; busy ones in a
    # heap of free_time * k + number (one int per teller, so the heap compares plain ints).
    idle = list(range(k))
    busy = []
    push, pop = heapq.heappush, heapq.heappop
    result = []
    emit = result.append
    now = 0
    for a, d in zip(arrivals, durations):
        if a > now:
            now = a
        if not idle:
            first = busy[0] // k
            if first > now:
                now = first
        limit = now * k + k
        while busy and busy[0] < limit:
            push(idle, pop(busy) % k)
        t = pop(idle)
        push(busy, (now + d) * k + t)
        emit(t)
    return result
