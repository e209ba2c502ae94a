def _pack(cells, to_start):
    # Two pointers over a list of characters: `w` is where the next stone of the current run lands.
    n = len(cells)
    if to_start:
        w = 0
        for i in range(n):
            if cells[i] == "#":
                w = i + 1
            elif cells[i] == "O":
                cells[i], cells[w] = cells[w], cells[i]
                w += 1
    else:
        w = n - 1
        for i in range(n - 1, -1, -1):
            if cells[i] == "#":
                w = i - 1
            elif cells[i] == "O":
                cells[i], cells[w] = cells[w], cells[i]
                w -= 1
    return cells


def tilt_checksum(grid, moves):
    # A board of strings; each line turned into a list, packed with two pointers (swaps), joined back. Columns by
    # zip(*rows).
    rows = list(grid)
    if not rows:
        return 0
    for m in moves:
        if m in "NS":
            cols = ["".join(_pack(list(col), m == "N")) for col in zip(*rows)]
            rows = ["".join(r) for r in zip(*cols)]
        else:
            rows = ["".join(_pack(list(row), m == "W")) for row in rows]
    C = len(rows[0])
    total = 0
    for r in range(len(rows)):
        for c in range(C):
            if rows[r][c] == "O":
                total += r * C + c + 1
    return total
