from collections import Counter


def tower_cross_sum(grid):
    # Column counts by a Counter over each column tuple of zip(*grid); each row's column counts summed by indexing
    # a positions list built with a comprehension.
    if not grid:
        return 0
    col_count = [Counter(col)["#"] for col in zip(*grid)]
    total = 0
    for row in grid:
        idx = [i for i, ch in enumerate(row) if ch == "#"]
        total += len(idx) * sum(col_count[i] for i in idx)
    return total
