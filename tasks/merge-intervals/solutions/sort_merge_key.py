from operator import itemgetter


def covered_length(intervals):
    # Sort by start only (an integer key sorts much faster than whole tuples) and merge in one pass:
    # the current merged piece grows while the next start lies inside it.
    total = 0
    cur_lo = cur_hi = None
    for lo, hi in sorted(intervals, key=itemgetter(0)):
        if lo >= hi:
            continue
        if cur_hi is None or lo > cur_hi:
            if cur_hi is not None:
                total += cur_hi - cur_lo
            cur_lo, cur_hi = lo, hi
        elif hi > cur_hi:
            cur_hi = hi
    if cur_hi is not None:
        total += cur_hi - cur_lo
    return total
