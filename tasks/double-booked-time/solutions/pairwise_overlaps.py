def double_booked(intervals):
    # Sorted by start, each booking is compared with the later ones that start before it ends; every such pair
    # overlaps on [later start, earlier of the two ends). The union of all pairwise overlaps is the double-booked
    # time: sort the overlaps and merge them.
    items = sorted((s, e) for s, e in intervals if s < e)
    n = len(items)
    overlaps = []
    for i in range(n):
        e = items[i][1]
        j = i + 1
        while j < n and items[j][0] < e:
            s2, e2 = items[j]
            overlaps.append((s2, e2 if e2 < e else e))
            j += 1
    overlaps.sort()
    total = 0
    lo = hi = None
    for s, e in overlaps:
        if hi is None or s > hi:
            if hi is not None:
                total += hi - lo
            lo, hi = s, e
        elif e > hi:
            hi = e
    if hi is not None:
        total += hi - lo
    return total
