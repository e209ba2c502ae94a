def round_robin_checksum(arrivals, bursts, quantum):
    # A list that only grows, read through a head index instead of popping from the front.
    n = len(arrivals)
    order = sorted(range(n), key=arrivals.__getitem__)
    remaining = list(bursts)
    queue = []
    head = 0
    total = 0
    t = 0
    k = 0
    while k < n or head < len(queue):
        if head == len(queue):
            if arrivals[order[k]] > t:
                t = arrivals[order[k]]
            while k < n and arrivals[order[k]] <= t:
                queue.append(order[k])
                k += 1
        p = queue[head]
        head += 1
        r = remaining[p]
        if r > quantum:
            t += quantum
            remaining[p] = r - quantum
        else:
            t += r
            remaining[p] = 0
            total += (p + 1) * t
        while k < n and arrivals[order[k]] <= t:
            queue.append(order[k])
            k += 1
        if remaining[p]:
            queue.append(p)
    return total
