def _skyline(bs, lo, hi):
    # Key points [x, height] of the skyline of bs[lo:hi], by splitting in halves and merging.
    if hi - lo == 1:
        l, r, h = bs[lo]
        return [[l, h], [r, 0]]
    mid = (lo + hi) // 2
    a = _skyline(bs, lo, mid)
    b = _skyline(bs, mid, hi)
    out = []
    i = j = 0
    ha = hb = 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i][0] < b[j][0]):
            x = a[i][0]
            ha = a[i][1]
            i += 1
        elif i == len(a) or b[j][0] < a[i][0]:
            x = b[j][0]
            hb = b[j][1]
            j += 1
        else:
            x = a[i][0]
            ha = a[i][1]
            hb = b[j][1]
            i += 1
            j += 1
        h = max(ha, hb)
        if not out or out[-1][1] != h:
            if out and out[-1][0] == x:
                out[-1][1] = h
                if len(out) > 1 and out[-2][1] == h:
                    out.pop()
            else:
                out.append([x, h])
    return out


def skyline_area(buildings):
    # Divide and conquer: the skyline's key points, then the area between consecutive ones.
    if not buildings:
        return 0
    points = _skyline(buildings, 0, len(buildings))
    return sum(h * (points[k + 1][0] - x) for k, (x, h) in enumerate(points[:-1]))
