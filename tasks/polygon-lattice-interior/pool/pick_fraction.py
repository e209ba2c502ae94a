from fractions import Fraction
from math import gcd


def interior_points(polygons):
    # Pick's theorem with the area kept exact as a Fraction: A = |shoelace| / 2, I = A - B / 2 + 1.
    total = 0
    for poly in polygons:
        n = len(poly)
        area = Fraction(0)
        boundary = 0
        for i in range(n):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % n]
            area += Fraction(x1 * y2 - x2 * y1, 2)
            boundary += gcd(abs(x2 - x1), abs(y2 - y1))
        inside = abs(area) - Fraction(boundary, 2) + 1
        total += int(inside)
    return total
