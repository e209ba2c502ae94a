from math import gcd


def interior_points(polygons):
    # Pick's theorem; the boundary points are collected in a set by walking every edge in gcd steps, and B is the
    # size of the set.
    total = 0
    for poly in polygons:
        n = len(poly)
        area2 = 0
        border = set()
        for i in range(n):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % n]
            area2 += x1 * y2 - x2 * y1
            g = gcd(x2 - x1, y2 - y1)
            for t in range(g):
                border.add((x1 + t * (x2 - x1) // g, y1 + t * (y2 - y1) // g))
        total += (abs(area2) - len(border) + 2) // 2
    return total
