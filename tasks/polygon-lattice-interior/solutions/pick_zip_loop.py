from math import gcd


def interior_points(polygons):
    # Pick's theorem with the previous vertex carried along the loop, math.gcd for the boundary points; the +2 of
    # every polygon is added once at the end.
    twice = 0
    for poly in polygons:
        area2 = 0
        boundary = 0
        px, py = poly[-1]
        for x, y in poly:
            area2 += px * y - x * py
            boundary += gcd(x - px, y - py)
            px, py = x, y
        twice += abs(area2) - boundary
    return (twice + 2 * len(polygons)) // 2
