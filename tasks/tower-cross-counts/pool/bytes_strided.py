def tower_cross_sum(grid):
    # The map as one bytes object: column counts by bytes.count on strided slices, the towers of each row found by
    # a comprehension over its bytes.
    if not grid:
        return 0
    C = len(grid[0])
    data = "".join(grid).encode()
    tower = ord("#")
    col_count = [data[c::C].count(tower) for c in range(C)]
    total = 0
    for start in range(0, len(data), C):
        row = data[start:start + C]
        cols = [c for c in range(C) if row[c] == tower]
        total += len(cols) * sum(col_count[c] for c in cols)
    return total
