_BITS = str.maketrans(".#", "10")


def _escape(grid, start):
    rows = len(grid)
    cols = len(grid[0])
    r, c = start
    if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
        return 0
    # The grid as one integer, a bit per cell (bit r * w + c), each row followed by a wall bit so that a shift by
    # one never carries a cell into the next row. Open cells, open border cells and the reached set are integers;
    # one step of the search grows the reached set by four shifts over the whole grid at once, in C.
    w = cols + 1
    open_ = int("#".join(grid)[::-1].translate(_BITS), 2)
    full = "1" * cols
    middle = ("1" + "0" * (cols - 2) + "1" + "0") * (rows - 2)
    border = int((full + "0" + middle + full)[::-1], 2) & open_
    reach = 1 << (r * w + c)
    steps = 0
    while True:
        steps += 1
        grown = (reach | (reach << 1) | (reach >> 1) | (reach << w) | (reach >> w)) & open_
        if grown & border:
            return steps
        if grown == reach:
            return -1
        reach = grown


def escape_lengths(grids, starts):
    return [_escape(g, s) for g, s in zip(grids, starts)]
