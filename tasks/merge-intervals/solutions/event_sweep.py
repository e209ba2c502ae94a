def covered_length(intervals):
    # Sweep over the 2n endpoints in order, tracking how many intervals are open; count the stretches
    # where at least one is.
    events = []
    for lo, hi in intervals:
        if lo < hi:
            events.append((lo, 1))
            events.append((hi, -1))
    events.sort()
    total = 0
    depth = 0
    opened = 0
    for x, delta in events:
        if depth == 0 and delta == 1:
            opened = x
        depth += delta
        if depth == 0:
            total += x - opened
    return total
