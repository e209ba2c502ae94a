def tilt_checksum(grid, moves):
    # Board as one string of lines each ended by '#'; all runs from one split, each run sorted in C by
    # map(sorted) (stones last, so a northward or westward tilt works on the reversed board), lines transposed by
    # strided slices; the checksum by enumerate over the final rows.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    rows = "#".join(grid) + "#"
    for m in moves:
        if m in "NS":
            line = "#".join([rows[c::C + 1] for c in range(C)]) + "#"
        else:
            line = rows
        if m in "NW":
            line = "#".join(map("".join, map(sorted, line[::-1].split("#"))))[::-1]
        else:
            line = "#".join(map("".join, map(sorted, line.split("#"))))
        if m in "NS":
            rows = "#".join([line[r::R + 1] for r in range(R)]) + "#"
        else:
            rows = line
    total = 0
    W = C + 1
    for r in range(R):
        row = rows[r * W:r * W + C]
        total += sum(r * C + c + 1 for c, ch in enumerate(row) if ch == "O")
    return total
