def covered_length(intervals):
    order = sorted(range(len(intervals)), key=lambda i: intervals[i][0])
    total = 0
    end = None
    start = None
    for i in order:
        lo, hi = intervals[i]
        if lo >= hi:
            continue
        if end is None or lo > end:
            if end is not None:
                total += end - start
            start, end = lo, hi
        elif hi > end:
            end = hi
    if end is not None:
        total += end - start
    return total
