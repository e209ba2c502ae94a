from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    if not horizontals or not verticals:
        return 0
    ys = sorted({y for y, _, _ in horizontals})
    n = len(ys)
    tree = [0] * (4 * n)

    def update(node, l, r, pos, delta):
        tree[node] += delta
        if l == r:
            return
        mid = (l + r) // 2
        if pos <= mid:
            update(2 * node, l, mid, pos, delta)
        else:
            update(2 * node + 1, mid + 1, r, pos, delta)

    def query(node, l, r, ql, qr):
        if qr < l or r < ql:
            return 0
        if ql <= l and r <= qr:
            return tree[node]
        mid = (l + r) // 2
        return query(2 * node, l, mid, ql, qr) + query(2 * node + 1, mid + 1, r, ql, qr)

    events = []
    for y, x1, x2 in horizontals:
        i = bisect_left(ys, y)
        events.append((x1, 0, i, i))
        events.append((x2, 2, i, i))
    for x, y1, y2 in verticals:
        events.append((x, 1, bisect_left(ys, y1), bisect_right(ys, y2) - 1))
    events.sort()
    total = 0
    for _, kind, a, b in events:
        if kind == 0:
            update(1, 0, n - 1, a, 1)
        elif kind == 2:
            update(1, 0, n - 1, a, -1)
        elif a <= b:
            total += query(1, 0, n - 1, a, b)
    return total
