from functools import reduce


def travel(readings):
    decode = lambda g: reduce(lambda x, s: x ^ (x >> s), (1, 2, 4, 8, 16), g)
    positions = [decode(g) for g in readings]
    total = 0
    for a, b in zip(positions, positions[1:]):
        total += abs(b - a)
    return total
