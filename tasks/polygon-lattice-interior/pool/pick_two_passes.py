import math


def interior_points(polygons):
    # Pick's theorem; the polygon is closed by appending its first vertex, then one loop for the area and one for
    # the boundary.
    total = 0
    for poly in polygons:
        pts = poly + [poly[0]]
        area2 = 0
        for i in range(len(pts) - 1):
            area2 += pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1]
        boundary = 0
        for i in range(len(pts) - 1):
            boundary += math.gcd(abs(pts[i + 1][0] - pts[i][0]), abs(pts[i + 1][1] - pts[i][1]))
        total += (abs(area2) - boundary + 2) // 2
    return total
