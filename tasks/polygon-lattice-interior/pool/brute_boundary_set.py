def interior_points(polygons):
    # The boundary's lattice points go in a set (each edge walked in gcd steps); every other lattice point of the
    # bounding box is counted when a ray to the right crosses the edges an odd number of times.
    from math import gcd

    total = 0
    for poly in polygons:
        n = len(poly)
        edges = [(poly[i][0], poly[i][1], poly[(i + 1) % n][0], poly[(i + 1) % n][1]) for i in range(n)]
        border = set()
        for x1, y1, x2, y2 in edges:
            g = gcd(x2 - x1, y2 - y1)
            sx, sy = (x2 - x1) // g, (y2 - y1) // g
            for t in range(g):
                border.add((x1 + t * sx, y1 + t * sy))
        xs = [p[0] for p in poly]
        ys = [p[1] for p in poly]
        for y in range(min(ys) + 1, max(ys)):
            for x in range(min(xs) + 1, max(xs)):
                if (x, y) in border:
                    continue
                crossings = 0
                for x1, y1, x2, y2 in edges:
                    if (y1 > y) != (y2 > y):
                        # x < x1 + (y - y1) * (x2 - x1) / (y2 - y1), compared without dividing
                        lhs = (x - x1) * (y2 - y1)
                        rhs = (y - y1) * (x2 - x1)
                        if (lhs < rhs) if y2 > y1 else (lhs > rhs):
                            crossings += 1
                if crossings % 2:
                    total += 1
    return total
