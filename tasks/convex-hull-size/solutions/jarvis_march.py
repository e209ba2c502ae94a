def convex_hull_size(points):
    # Gift wrapping: from the current hull vertex, pick the point that makes every other point lie to its left
    # (the farthest one among collinear candidates). O(n) per hull vertex.
    pts = list({(p[0], p[1]) for p in points})
    n = len(pts)
    if n <= 2:
        return n
    start = min(pts, key=lambda p: (p[1], p[0]))
    count = 0
    cur = start
    while True:
        count += 1
        cx, cy = cur
        cand = pts[0] if pts[0] != cur else pts[1]
        for r in pts:
            if r == cur:
                continue
            qx, qy = cand
            c = (qx - cx) * (r[1] - cy) - (qy - cy) * (r[0] - cx)
            if c < 0:
                cand = r
            elif c == 0:
                if (r[0] - cx) ** 2 + (r[1] - cy) ** 2 > (qx - cx) ** 2 + (qy - cy) ** 2:
                    cand = r
        cur = cand
        if cur == start:
            return count
