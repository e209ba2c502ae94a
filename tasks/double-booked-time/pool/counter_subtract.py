from collections import Counter


def double_booked(intervals):
    change = Counter(s for s, e in intervals if s < e)
    change.subtract(e for s, e in intervals if s < e)
    points = sorted(change.items())
    total = 0
    depth = 0
    for k in range(len(points) - 1):
        depth += points[k][1]
        if depth >= 2:
            total += points[k + 1][0] - points[k][0]
    return total
