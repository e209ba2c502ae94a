from functools import cmp_to_key


def convex_hull_size(points):
    # Graham scan: sort by polar angle around the lowest point with an exact cross-product comparator.
    pts = list({(p[0], p[1]) for p in points})
    n = len(pts)
    if n <= 2:
        return n
    px, py = min(pts, key=lambda p: (p[1], p[0]))
    others = [p for p in pts if p != (px, py)]

    def compare(a, b):
        c = (a[0] - px) * (b[1] - py) - (a[1] - py) * (b[0] - px)
        if c > 0:
            return -1
        if c < 0:
            return 1
        da = (a[0] - px) ** 2 + (a[1] - py) ** 2
        db = (b[0] - px) ** 2 + (b[1] - py) ** 2
        return -1 if da < db else (1 if da > db else 0)

    others.sort(key=cmp_to_key(compare))
    stack = [(px, py)]
    for p in others:
        while len(stack) >= 2:
            o, a = stack[-2], stack[-1]
            if (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]) <= 0:
                stack.pop()
            else:
                break
        stack.append(p)
    return len(stack)
