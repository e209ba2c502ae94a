from itertools import accumulate, repeat
from operator import and_, mul, rshift, sub


def double_booked(intervals):
    # Events as plain integers: a start s becomes 2s + 1, an end e becomes 2e (an end sorts before a start at the
    # same time, which changes no length). One integer sort, then all in C: the low bit gives +1 / -1, accumulate
    # gives the number of open bookings after each event, and the gaps after events with two or more open
    # bookings are summed.
    keys = [2 * s + 1 for s, e in intervals]
    keys += [2 * e for s, e in intervals]
    keys.sort()
    depth = accumulate(map((-1, 1).__getitem__, map(and_, keys, repeat(1))))
    times = list(map(rshift, keys, repeat(1)))
    return sum(map(mul, map(sub, times[1:], times), map((1).__lt__, depth)))
