from operator import itemgetter


def covered_length(intervals):
    total = 0
    start = end = None
    for lo, hi in sorted(intervals, key=itemgetter(0)):
        if lo >= hi:
            continue
        if end is not None and lo <= end:
            end = max(end, hi)
        else:
            if end is not None:
                total += end - start
            start, end = lo, hi
    if end is not None:
        total = total + (end - start)
    return total
