from collections import Counter


def double_booked(intervals):
    # Mark every unit time point [t, t + 1) a booking covers; the double-booked time is the number of points
    # marked at least twice.
    marks = Counter()
    for s, e in intervals:
        marks.update(range(s, e))
    return sum(1 for c in marks.values() if c >= 2)
