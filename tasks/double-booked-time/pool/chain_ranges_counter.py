from collections import Counter
from itertools import chain


def double_booked(intervals):
    counts = Counter(chain.from_iterable(range(s, e) for s, e in intervals))
    return sum(c > 1 for c in counts.values())
