from collections import Counter


def skyline_area(buildings):
    # Count the standing buildings per height in a Counter; the skyline between two ends is its largest key.
    changes = {}
    for l, r, h in buildings:
        changes.setdefault(l, []).append(h)
        changes.setdefault(r, []).append(-h)
    standing = Counter()
    area = 0
    last = None
    for x in sorted(changes):
        if last is not None and standing:
            area += max(standing) * (x - last)
        for h in changes[x]:
            if h > 0:
                standing[h] += 1
            else:
                standing[-h] -= 1
                if standing[-h] == 0:
                    del standing[-h]
        last = x
    return area
