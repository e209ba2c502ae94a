from itertools import groupby


def _pack(line, to_start):
    out = []
    for is_block, grp in groupby(line, key=lambda ch: ch == "#"):
        chunk = list(grp)
        if is_block:
            out.extend(chunk)
        else:
            k = chunk.count("O")
            if to_start:
                out.extend(["O"] * k + ["."] * (len(chunk) - k))
            else:
                out.extend(["."] * (len(chunk) - k) + ["O"] * k)
    return out


def tilt_checksum(grid, moves):
    # A list-of-lists board; each line grouped into block and non-block runs with itertools.groupby, each run
    # rebuilt with its stones at the tilted end; columns are extracted and written back by index loops.
    g = [list(row) for row in grid]
    R = len(g)
    if R == 0:
        return 0
    C = len(g[0])
    for m in moves:
        if m in "NS":
            for c in range(C):
                col = _pack([g[r][c] for r in range(R)], m == "N")
                for r in range(R):
                    g[r][c] = col[r]
        else:
            for r in range(R):
                g[r] = _pack(g[r], m == "W")
    return sum(r * C + c + 1 for r in range(R) for c in range(C) if g[r][c] == "O")
