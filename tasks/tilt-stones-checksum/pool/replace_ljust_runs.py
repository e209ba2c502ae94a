from itertools import repeat


def tilt_checksum(grid, moves):
    # Board as one string of lines each ended by '#'; every run from one split, its stones kept by deleting the
    # '.' (str.replace) and padded back with ljust or rjust through map; columns as strided slices; the checksum
    # adds row * C + column + 1 per stone by str.find.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    rows = "#".join(grid) + "#"
    for m in moves:
        line = "#".join([rows[c::C + 1] for c in range(C)]) + "#" if m in "NS" else rows
        runs = line.split("#")
        pad = str.ljust if m in "NW" else str.rjust
        line = "#".join(map(pad, map(str.replace, runs, repeat("."), repeat("")), map(len, runs), repeat(".")))
        rows = "#".join([line[r::R + 1] for r in range(R)]) + "#" if m in "NS" else line
    total = 0
    W = C + 1
    i = rows.find("O")
    while i >= 0:
        total += i - i // W + 1
        i = rows.find("O", i + 1)
    return total
