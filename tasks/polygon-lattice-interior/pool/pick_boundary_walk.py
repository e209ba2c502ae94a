def interior_points(polygons):
    # Pick's theorem; the lattice points of each edge are counted by walking it in steps of 1 / max(|dx|, |dy|) and
    # keeping the steps that land on integers.
    total = 0
    for poly in polygons:
        n = len(poly)
        area2 = 0
        boundary = 0
        for i in range(n):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % n]
            area2 += x1 * y2 - x2 * y1
            dx, dy = x2 - x1, y2 - y1
            steps = max(abs(dx), abs(dy))
            for t in range(1, steps + 1):
                if (t * dx) % steps == 0 and (t * dy) % steps == 0:
                    boundary += 1
        total += (abs(area2) - boundary + 2) // 2
    return total
