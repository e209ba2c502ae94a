def min_triangle_path(triangle):
    # Walk each row from right to left and build the new row by prepending.
    if not triangle:
        return 0
    below = list(triangle[-1])
    for r in range(len(triangle) - 2, -1, -1):
        row = triangle[r]
        new_row = []
        for c in range(r, -1, -1):
            new_row.insert(0, row[c] + min(below[c], below[c + 1]))
        below = new_row
    return below[0]
