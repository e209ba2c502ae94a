import math


def closest_distance(points):
    # The grid method with cells named by formatted strings.
    pts = [tuple(p) for p in points]
    best = math.inf
    for order in (sorted(pts), sorted(pts, key=lambda p: (p[1], p[0]))):
        for a, b in zip(order, order[1:]):
            best = min(best, (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
    if best == 0:
        return 0.0
    side = math.isqrt(best) + 1
    cells = {}
    for x, y in pts:
        cells.setdefault(f"{x // side},{y // side}", []).append((x, y))
    for name, bucket in cells.items():
        cx, cy = map(int, name.split(","))
        for i in range(len(bucket)):
            for j in range(i + 1, len(bucket)):
                best = min(best, (bucket[i][0] - bucket[j][0]) ** 2 + (bucket[i][1] - bucket[j][1]) ** 2)
        for ox, oy in ((1, -1), (1, 0), (1, 1), (0, 1)):
            for q in cells.get(f"{cx + ox},{cy + oy}", []):
                for p in bucket:
                    best = min(best, (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
    return math.sqrt(best)
