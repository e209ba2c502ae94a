from heapq import heappop, heappush

_A = 1 << 17          # indices < 2**17
_D = 1 << 48          # arrivals < 2**31, so arrival * _A + index < 2**48


def sjf_order(arrivals, durations):
    # Shortest job first with a heap. Each job's (duration, arrival, index) priority is packed into one integer,
    # duration * 2**48 + arrival * 2**17 + index, which orders exactly as the tuple would; comparing one int is
    # cheaper than comparing tuples and no tuple is built per job. The jobs enter the heap in arrival order
    # (a sort of the packed arrival-and-index keys, done in C).
    n = len(arrivals)
    keys = sorted([a * _A + i for i, a in enumerate(arrivals)])
    heap = []
    order = []
    append = order.append
    t = 0
    k = 0
    while k < n or heap:
        if not heap:
            a = keys[k] >> 17
            if a > t:
                t = a
        while k < n:
            key = keys[k]
            if key >> 17 > t:
                break
            heappush(heap, durations[key & (_A - 1)] * _D + key)
            k += 1
        key = heappop(heap)
        append(key & (_A - 1))
        t += key >> 48
    return order
