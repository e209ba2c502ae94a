from itertools import accumulate


def count_covered(rows, cols, stamps, k):
    # Sweep the rows: stamps sorted by their top row join an active list and leave it past their bottom row; each
    # row's difference array is rebuilt from the active stamps and prefixed by accumulate().
    order = sorted(stamps, key=lambda s: s[0])
    active = []
    i = 0
    count = 0
    for r in range(rows):
        while i < len(order) and order[i][0] == r:
            active.append(order[i])
            i += 1
        active = [s for s in active if s[2] >= r]
        line = [0] * (cols + 1)
        for s in active:
            line[s[1]] += 1
            line[s[3] + 1] -= 1
        for v in accumulate(line):
            if v >= k:
                count += 1
    return count
