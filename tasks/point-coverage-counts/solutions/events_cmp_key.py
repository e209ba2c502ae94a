from functools import cmp_to_key


def coverage_counts(intervals, points):
    # Events sorted with a comparison function: by coordinate, then starts, queries, ends.
    events = [(l, 0, -1) for l, r in intervals] + [(r, 2, -1) for l, r in intervals]
    events += [(p, 1, j) for j, p in enumerate(points)]

    def compare(a, b):
        if a[0] != b[0]:
            return -1 if a[0] < b[0] else 1
        return a[1] - b[1]

    events.sort(key=cmp_to_key(compare))
    answer = [0] * len(points)
    active = 0
    for x, kind, j in events:
        if kind == 0:
            active += 1
        elif kind == 2:
            active -= 1
        else:
            answer[j] = active
    return answer
