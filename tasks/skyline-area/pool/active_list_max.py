def skyline_area(buildings):
    # Sweep start and end events; the heights of the buildings standing are kept in a list, the skyline is its max.
    events = []
    for left, right, h in buildings:
        events.append((left, 1, h))
        events.append((right, -1, h))
    events.sort()
    active = []
    area = 0
    prev = None
    for x, kind, h in events:
        if prev is not None and active and x > prev:
            area += max(active) * (x - prev)
        if kind == 1:
            active.append(h)
        else:
            active.remove(h)
        prev = x
    return area
