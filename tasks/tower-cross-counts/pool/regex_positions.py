import re

_TOWER = re.compile("#")


def tower_cross_sum(grid):
    # Column counts from the columns joined out of zip(*grid); each row's towers located by a regex scan.
    if not grid:
        return 0
    col_count = ["".join(col).count("#") for col in zip(*grid)]
    total = 0
    for row in grid:
        positions = [m.start() for m in _TOWER.finditer(row)]
        if positions:
            total += len(positions) * sum(col_count[c] for c in positions)
    return total
