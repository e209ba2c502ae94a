import sys
from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    sys.setrecursionlimit(10000)
    heights = sorted(set(h[0] for h in horizontals))
    size = len(heights)
    bit = [0] * (size + 1)

    def add(i, d):
        if i > size:
            return
        bit[i] += d
        add(i + (i & -i), d)

    def prefix(i):
        if i == 0:
            return 0
        return bit[i] + prefix(i - (i & -i))

    opens = sorted((x1, y) for y, x1, _ in horizontals)
    closes = sorted((x2, y) for y, _, x2 in horizontals)
    i = j = 0
    answer = 0
    for x, y1, y2 in sorted(verticals):
        while i < len(opens) and opens[i][0] <= x:
            add(bisect_left(heights, opens[i][1]) + 1, 1)
            i += 1
        while j < len(closes) and closes[j][0] < x:
            add(bisect_left(heights, closes[j][1]) + 1, -1)
            j += 1
        answer += prefix(bisect_right(heights, y2)) - prefix(bisect_left(heights, y1))
    return answer
