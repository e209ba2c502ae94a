from itertools import accumulate


def double_booked(intervals):
    events = sorted([(s, 1) for s, e in intervals] + [(e, -1) for s, e in intervals])
    times = [t for t, _ in events]
    depth = list(accumulate(d for _, d in events))
    return sum(times[i + 1] - times[i] for i in range(len(events) - 1) if depth[i] >= 2)
