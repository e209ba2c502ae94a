from collections import defaultdict


def count_covered(rows, cols, stamps, k):
    # A dict of difference marks per row (only the columns where a stamp starts or ends), then a running sum along
    # each row that looks every column up in the row's dict.
    marks = defaultdict(lambda: defaultdict(int))
    for r1, c1, r2, c2 in stamps:
        for r in range(r1, r2 + 1):
            marks[r][c1] += 1
            marks[r][c2 + 1] -= 1
    count = 0
    for r in range(rows):
        line = marks.get(r, {})
        running = 0
        for c in range(cols):
            running += line.get(c, 0)
            if running >= k:
                count += 1
    return count
