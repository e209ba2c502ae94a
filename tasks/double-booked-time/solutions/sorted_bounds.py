from operator import itemgetter, sub


def double_booked(intervals):
    # With the starts S and the ends E sorted separately, F(m) = sum over i of max(0, E[i] - S[i + m]) is the
    # integral of max(0, depth - m) over time, depth being the number of bookings open at a time. The time booked
    # at least twice is F(1) - F(2): two integer sorts, then two passes of map / filter / sum, all in C.
    starts = sorted(map(itemgetter(0), intervals))
    ends = sorted(map(itemgetter(1), intervals))
    positive = (0).__lt__
    return sum(filter(positive, map(sub, ends, starts[1:]))) - sum(filter(positive, map(sub, ends, starts[2:])))
