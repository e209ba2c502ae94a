import math


def generate(size, rng):
    # Most points inside a disk, a fraction on (rounded) circles of radius R, so the hull has many vertices;
    # some duplicates and some points on the axis-aligned bounding lines.
    R = 10**6
    pts = []
    on_circle = max(1, size // 8)
    for _ in range(on_circle):
        a = rng.random() * 2 * math.pi
        pts.append([round(R * math.cos(a)), round(R * math.sin(a))])
    while len(pts) < size:
        r = R * math.sqrt(rng.random()) * 0.999
        a = rng.random() * 2 * math.pi
        pts.append([round(r * math.cos(a)), round(r * math.sin(a))])
    for _ in range(size // 20):
        pts[rng.randrange(len(pts))] = list(pts[rng.randrange(len(pts))])
    rng.shuffle(pts)
    return [pts[:size]]
