def interior_points(polygons):
    # Test every lattice point of each polygon's bounding box: skip it if it lies on an edge, else count it when a
    # ray to the right crosses the edges an odd number of times.
    total = 0
    for poly in polygons:
        n = len(poly)
        xs = [p[0] for p in poly]
        ys = [p[1] for p in poly]
        for y in range(min(ys) + 1, max(ys)):
            for x in range(min(xs) + 1, max(xs)):
                on_edge = False
                inside = False
                for i in range(n):
                    x1, y1 = poly[i]
                    x2, y2 = poly[(i + 1) % n]
                    if ((x2 - x1) * (y - y1) == (y2 - y1) * (x - x1)
                            and min(x1, x2) <= x <= max(x1, x2) and min(y1, y2) <= y <= max(y1, y2)):
                        on_edge = True
                        break
                    if (y1 > y) != (y2 > y):
                        cross_x = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                        if x < cross_x:
                            inside = not inside
                if inside and not on_edge:
                    total += 1
    return total
