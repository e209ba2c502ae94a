def covered_length(intervals):
    # Keep a list of disjoint pieces; each new interval absorbs every piece it overlaps or touches.
    pieces = []
    for lo, hi in intervals:
        if lo >= hi:
            continue
        kept = []
        for a, b in pieces:
            if b < lo or a > hi:
                kept.append((a, b))
            else:
                lo = min(lo, a)
                hi = max(hi, b)
        kept.append((lo, hi))
        pieces = kept
    return sum(b - a for a, b in pieces)
