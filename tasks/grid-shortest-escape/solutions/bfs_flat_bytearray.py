_CODES = bytes.maketrans(b".#", b"\x00\x01")


def _escape(grid, start):
    rows = len(grid)
    cols = len(grid[0])
    r, c = start
    if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
        return 0
    # Flat cell states: 0 open and unseen, 1 wall or seen, 2 open border cell (the goal). Only interior cells are
    # ever expanded, so their four neighbours p - 1, p + 1, p - cols, p + cols are always inside the grid.
    state = bytearray("".join(grid).encode().translate(_CODES))
    goal = bytes.maketrans(b"\x00", b"\x02")
    state[:cols] = state[:cols].translate(goal)
    state[-cols:] = state[-cols:].translate(goal)
    state[::cols] = state[::cols].translate(goal)
    state[cols - 1::cols] = state[cols - 1::cols].translate(goal)
    p = r * cols + c
    state[p] = 1
    frontier = [p]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        push = nxt.append
        for p in frontier:
            for q in (p - 1, p + 1, p - cols, p + cols):
                v = state[q]
                if v == 0:
                    state[q] = 1
                    push(q)
                elif v == 2:
                    return steps
        frontier = nxt
    return -1


def escape_lengths(grids, starts):
    return [_escape(g, s) for g, s in zip(grids, starts)]
