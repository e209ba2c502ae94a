def _merge_sort(items):
    """Top-down merge sort written out in Python."""
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = _merge_sort(items[:mid])
    right = _merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def convex_hull_size(points):
    # Monotone chain over points put in order by a hand-written merge sort; duplicates skipped while scanning.
    ordered = _merge_sort([(p[0], p[1]) for p in points])
    pts = []
    for p in ordered:
        if not pts or pts[-1] != p:
            pts.append(p)
    if len(pts) <= 2:
        return len(pts)
    count = 0
    for seq in (pts, pts[::-1]):
        hull = []
        for p in seq:
            while len(hull) >= 2 and (hull[-1][0] - hull[-2][0]) * (p[1] - hull[-2][1]) - \
                    (hull[-1][1] - hull[-2][1]) * (p[0] - hull[-2][0]) <= 0:
                hull.pop()
            hull.append(p)
        count += len(hull) - 1
    return count
