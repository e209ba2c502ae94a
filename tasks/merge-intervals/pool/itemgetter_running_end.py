from operator import itemgetter


def covered_length(intervals):
    # Sort by start; keep the start and end of the piece being merged, add its length when a gap appears.
    total = 0
    start = end = None
    for lo, hi in sorted(intervals, key=itemgetter(0)):
        if lo < hi:
            if end is None:
                start, end = lo, hi
            elif lo > end:
                total += end - start
                start, end = lo, hi
            elif hi > end:
                end = hi
    return total if end is None else total + (end - start)
