def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def interior_points(polygons):
    # Pick's theorem, I = A - B / 2 + 1; the boundary points of an edge by a recursive Euclid on |dx|, |dy|.
    total = 0
    for poly in polygons:
        area2 = 0
        boundary = 0
        for i in range(len(poly)):
            j = (i + 1) % len(poly)
            area2 += poly[i][0] * poly[j][1] - poly[j][0] * poly[i][1]
            boundary += gcd(abs(poly[j][0] - poly[i][0]), abs(poly[j][1] - poly[i][1]))
        total += (abs(area2) - boundary + 2) // 2
    return total
