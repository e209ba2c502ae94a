def convex_hull_size(points):
    # Quickhull: split by the line through the leftmost and rightmost points, then recursively keep the point
    # farthest from each edge and the points outside the two new edges.  Points on an edge are not vertices.
    pts = list({(p[0], p[1]) for p in points})
    if len(pts) <= 2:
        return len(pts)
    lo, hi = min(pts), max(pts)

    def side(a, b, p):
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])

    def count(a, b, candidates):
        """Hull vertices strictly between a and b on the outer side of a -> b."""
        work, found = [(a, b, candidates)], 0
        while work:
            a, b, cand = work.pop()
            if not cand:
                continue
            far = max(cand, key=lambda p: (side(a, b, p), p))
            found += 1
            work.append((a, far, [p for p in cand if side(a, far, p) > 0]))
            work.append((far, b, [p for p in cand if side(far, b, p) > 0]))
        return found

    if lo == hi:
        return 1
    above = [p for p in pts if side(lo, hi, p) > 0]
    below = [p for p in pts if side(hi, lo, p) > 0]
    return 2 + count(lo, hi, above) + count(hi, lo, below)
