class Point:
    """A 2-D point with ordering, hashing and vector difference."""

    __slots__ = ("_xy",)

    def __init__(self, x, y):
        self._xy = (x, y)

    @property
    def x(self):
        return self._xy[0]

    @property
    def y(self):
        return self._xy[1]

    def __eq__(self, other):
        return self._xy == other._xy

    def __lt__(self, other):
        return self._xy < other._xy

    def __hash__(self):
        return hash(self._xy)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def cross(self, other):
        return self.x * other.y - self.y * other.x


def convex_hull_size(points):
    # Monotone chain over a small point class (ordering, hashing and vector difference from the class).
    pts = sorted({Point(x, y) for x, y in points})
    if len(pts) <= 2:
        return len(pts)
    hulls = []
    for seq in (pts, pts[::-1]):
        hull = []
        for p in seq:
            while len(hull) >= 2 and (hull[-1] - hull[-2]).cross(p - hull[-2]) <= 0:
                hull.pop()
            hull.append(p)
        hulls.append(hull)
    return len(hulls[0]) + len(hulls[1]) - 2
