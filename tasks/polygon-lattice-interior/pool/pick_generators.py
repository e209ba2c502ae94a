import math


def interior_points(polygons):
    # Pick's theorem written with generator expressions over the edges (vertex pairs from zip with the rotated list).
    total = 0
    for poly in polygons:
        edges = list(zip(poly, poly[1:] + poly[:1]))
        area2 = abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in edges))
        boundary = sum(math.gcd(abs(b[0] - a[0]), abs(b[1] - a[1])) for a, b in edges)
        total += (area2 - boundary + 2) // 2
    return total
