from fractions import Fraction
import math


def interior_points(polygons):
    # Row by row: exact Fraction crossings of the edges with row y, paired in order; integers strictly between a
    # pair count unless a vertex or horizontal edge of the row holds them.
    total = 0
    for poly in polygons:
        n = len(poly)
        ys = [p[1] for p in poly]
        for y in range(min(ys) + 1, max(ys)):
            cuts = []
            blocked = set()
            for i in range(n):
                x1, y1 = poly[i]
                x2, y2 = poly[(i + 1) % n]
                if y1 == y:
                    for x in range(min(x1, x2) if y2 == y else x1, (max(x1, x2) if y2 == y else x1) + 1):
                        blocked.add(x)
                if (y1 > y) != (y2 > y):
                    cuts.append(x1 + Fraction((y - y1) * (x2 - x1), y2 - y1))
            cuts.sort()
            for j in range(0, len(cuts), 2):
                for x in range(math.floor(cuts[j]) + 1, math.ceil(cuts[j + 1])):
                    if x not in blocked:
                        total += 1
    return total
