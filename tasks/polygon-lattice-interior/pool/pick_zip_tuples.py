from math import gcd
from operator import mul, sub


def interior_points(polygons):
    # Pick's theorem on the coordinate tuples from zip(*poly) and their rotations by one, all sums by map in C.
    twice = 0
    for poly in polygons:
        xs, ys = zip(*poly)
        xn = xs[1:] + xs[:1]
        yn = ys[1:] + ys[:1]
        twice += abs(sum(map(mul, xs, yn)) - sum(map(mul, xn, ys))) - sum(map(gcd, map(sub, xn, xs), map(sub, yn, ys)))
    return (twice + 2 * len(polygons)) // 2
