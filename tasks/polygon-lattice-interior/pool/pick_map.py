from math import gcd
from operator import itemgetter, mul, sub


def interior_points(polygons):
    # Pick's theorem: a simple lattice polygon of area A with B lattice points on its boundary has
    # I = A - B / 2 + 1 points inside, so 2I = 2A - B + 2. Twice the area is the shoelace sum |sum x_i y_{i+1} -
    # x_{i+1} y_i|, an edge holds gcd(|dx|, |dy|) boundary points besides one end, and every per-vertex step runs in C
    # (map over the coordinate lists and their rotations by one).
    get_x, get_y = itemgetter(0), itemgetter(1)
    twice = 0
    for poly in polygons:
        xs = list(map(get_x, poly))
        ys = list(map(get_y, poly))
        xn = xs[1:]
        xn.append(xs[0])
        yn = ys[1:]
        yn.append(ys[0])
        twice += abs(sum(map(mul, xs, yn)) - sum(map(mul, xn, ys))) - sum(map(gcd, map(sub, xn, xs), map(sub, yn, ys))) + 2
    return twice // 2
