def interior_points(polygons):
    # Pick's theorem, I = A - B / 2 + 1, with the shoelace area and the boundary points counted edge by edge by
    # Euclid's algorithm written out.
    def gcd(a, b):
        a, b = abs(a), abs(b)
        while b:
            a, b = b, a % b
        return a

    total = 0
    for poly in polygons:
        n = len(poly)
        area2 = 0
        boundary = 0
        for i in range(n):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % n]
            area2 += x1 * y2 - x2 * y1
            boundary += gcd(x2 - x1, y2 - y1)
        total += (abs(area2) - boundary + 2) // 2
    return total
