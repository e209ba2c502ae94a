from operator import sub


def travel(readings):
    ps = []
    for x in readings:
        x ^= x >> 16
        x ^= x >> 8
        x ^= x >> 4
        x ^= x >> 2
        x ^= x >> 1
        ps.append(x)
    return sum(map(abs, map(sub, ps[1:], ps[:-1])))
