from itertools import repeat
from operator import mul


def tilt_checksum(grid, moves):
    # The board is one string of lines, each line followed by a '#': the separators act as blocks, so one
    # split('#') of the whole string yields every run between blocks of every line at once. A run keeps its stones
    # packed at one end: 'O' repeated as often as the run holds stones (str.count), padded back to the run's length
    # with '.' by ljust (towards the start) or rjust (towards the end), all through map, in C. A vertical tilt
    # works on the column lines, read as strided slices of the row lines (and the rows read back the same way).
    # The checksum is row * C summed by rows plus (column + 1) summed by columns, from str.count on slices.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    rows = "#".join(grid) + "#"          # R lines of C + 1 characters
    for m in moves:
        if m == "N" or m == "S":
            line = "#".join([rows[c::C + 1] for c in range(C)]) + "#"      # C lines of R + 1 characters
        else:
            line = rows
        runs = line.split("#")
        stones = map(mul, repeat("O"), map(str.count, runs, repeat("O")))
        pad = str.ljust if m == "N" or m == "W" else str.rjust
        line = "#".join(map(pad, stones, map(len, runs), repeat(".")))
        if m == "N" or m == "S":
            rows = "#".join([line[r::R + 1] for r in range(R)]) + "#"
        else:
            rows = line
    W = C + 1
    total = C * sum([r * rows.count("O", r * W, r * W + C) for r in range(R)])
    total += sum([(c + 1) * rows[c::W].count("O") for c in range(C)])
    return total
