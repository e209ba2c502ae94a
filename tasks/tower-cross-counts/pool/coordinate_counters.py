from collections import Counter


def tower_cross_sum(grid):
    # Collect the towers' coordinates, count rows and columns with Counters, then sum over the coordinates.
    towers = []
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "#":
                towers.append((r, c))
    rows = Counter(r for r, _ in towers)
    cols = Counter(c for _, c in towers)
    return sum(rows[r] * cols[c] for r, c in towers)
