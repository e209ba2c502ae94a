def interior_points(polygons):
    # Row by row: the half-open crossings of the edges with row y, paired in x order, bound the inside intervals;
    # the integers strictly inside an interval are counted by arithmetic, less the row's vertices and horizontal-edge
    # points that fall in it.
    total = 0
    for poly in polygons:
        n = len(poly)
        lo_y = min(p[1] for p in poly)
        hi_y = max(p[1] for p in poly)
        for y in range(lo_y + 1, hi_y):
            cuts = []
            blocked = set()
            for i in range(n):
                x1, y1 = poly[i]
                x2, y2 = poly[(i + 1) % n]
                if y1 == y:
                    if y2 == y:
                        blocked.update(range(min(x1, x2), max(x1, x2) + 1))
                    else:
                        blocked.add(x1)
                if (y1 > y) != (y2 > y):
                    num = x1 * (y2 - y1) + (y - y1) * (x2 - x1)
                    den = y2 - y1
                    if den < 0:
                        num, den = -num, -den
                    cuts.append((num / den, num, den))
            cuts.sort()
            for j in range(0, len(cuts), 2):
                lo = cuts[j][1] // cuts[j][2] + 1
                hi = -(-cuts[j + 1][1] // cuts[j + 1][2]) - 1
                if hi >= lo:
                    total += hi - lo + 1 - sum(1 for x in blocked if lo <= x <= hi)
    return total
