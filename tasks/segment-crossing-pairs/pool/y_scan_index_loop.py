from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    hs = sorted(horizontals)
    ys = [h[0] for h in hs]
    total = 0
    for x, y1, y2 in verticals:
        for i in range(bisect_left(ys, y1), bisect_right(ys, y2)):
            _, x1, x2 = hs[i]
            if x1 <= x <= x2:
                total += 1
    return total
