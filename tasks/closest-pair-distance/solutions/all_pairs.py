import math


def closest_distance(points):
    # Compare every pair.
    best = math.inf
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        for j in range(i + 1, n):
            x2, y2 = points[j]
            d = (x1 - x2) ** 2 + (y1 - y2) ** 2
            if d < best:
                best = d
    return math.sqrt(best)
