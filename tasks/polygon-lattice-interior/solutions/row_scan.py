def interior_points(polygons):
    # Scan each polygon row by row. The edges crossing row y (half-open in y, so a vertex counts once) cut it at
    # x = num / den; paired in x order, the cuts bound the inside intervals, and the integers strictly between a pair
    # are inside unless they lie on the row's vertices or horizontal edges.
    total = 0
    for poly in polygons:
        n = len(poly)
        ys = [p[1] for p in poly]
        for y in range(min(ys) + 1, max(ys)):
            cuts = []
            on_row = []
            for i in range(n):
                x1, y1 = poly[i]
                x2, y2 = poly[(i + 1) % n]
                if y1 == y:
                    on_row.append((min(x1, x2), max(x1, x2)) if y2 == y else (x1, x1))
                if (y1 > y) != (y2 > y):
                    num = x1 * (y2 - y1) + (y - y1) * (x2 - x1)
                    den = y2 - y1
                    if den < 0:
                        num, den = -num, -den
                    cuts.append((num / den, num, den))
            cuts.sort()
            for j in range(0, len(cuts) - 1, 2):
                _, num, den = cuts[j]
                lo = num // den + 1
                _, num, den = cuts[j + 1]
                hi = -(-num // den) - 1
                for x in range(lo, hi + 1):
                    if not any(a <= x <= b for a, b in on_row):
                        total += 1
    return total
