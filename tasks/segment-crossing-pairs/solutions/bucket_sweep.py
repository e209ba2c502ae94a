from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    # Sweep a vertical line from left to right over the verticals in x order, counting the horizontals whose x range
    # holds the line by their rank among the distinct heights: one counter per height and one per bucket of about
    # sqrt(#heights) consecutive heights. A horizontal entering or leaving costs two increments; a vertical's count of
    # heights in [y1, y2] is three C-level sums over list slices (whole buckets, then the two partial buckets).
    # Sweep events are ints (x * #heights + rank), so they sort as ints and a bisection finds each batch.
    # O((n + m) log n + m * sqrt(n)), the sqrt(n) part in C.
    if not horizontals or not verticals:
        return 0
    ys = sorted({h[0] for h in horizontals})
    size = len(ys)
    rank = {y: i for i, y in enumerate(ys)}
    shift = (size.bit_length() + 1) >> 1
    cnt = [0] * size
    blk = [0] * ((size >> shift) + 1)
    starts = sorted([x1 * size + rank[y] for y, x1, _ in horizontals])
    ends = sorted([x2 * size + rank[y] for y, _, x2 in horizontals])
    si = ei = 0
    total = 0
    for x, y1, y2 in sorted(verticals):
        # Open every horizontal with x1 <= x, close every one with x2 < x.
        j = bisect_left(starts, (x + 1) * size, si)
        if j > si:
            for k in starts[si:j]:
                r = k % size
                cnt[r] += 1
                blk[r >> shift] += 1
            si = j
        j = bisect_left(ends, x * size, ei)
        if j > ei:
            for k in ends[ei:j]:
                r = k % size
                cnt[r] -= 1
                blk[r >> shift] -= 1
            ei = j
        lo = bisect_left(ys, y1)
        hi = bisect_right(ys, y2)
        bl = lo >> shift
        bh = hi >> shift
        if bl == bh:
            total += sum(cnt[lo:hi])
        else:
            total += sum(blk[bl:bh]) - sum(cnt[bl << shift:lo]) + sum(cnt[bh << shift:hi])
    return total
