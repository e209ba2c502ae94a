from operator import itemgetter


def covered_length(intervals):
    ordered = sorted(intervals, key=itemgetter(0))
    total = 0
    have = False
    cur_lo = cur_hi = 0
    for iv in ordered:
        lo = iv[0]
        hi = iv[1]
        if lo >= hi:
            continue
        if not have:
            cur_lo, cur_hi, have = lo, hi, True
        elif lo > cur_hi:
            total += cur_hi - cur_lo
            cur_lo, cur_hi = lo, hi
        elif hi > cur_hi:
            cur_hi = hi
    if have:
        total += cur_hi - cur_lo
    return total
