def _rotate_cw(rows):
    return ["".join(col) for col in zip(*rows[::-1])]


def _tilt_north(rows):
    cols = ["".join(col) for col in zip(*rows)]
    out = []
    for col in cols:
        parts = []
        for seg in col.split("#"):
            k = seg.count("O")
            parts.append("O" * k + "." * (len(seg) - k))
        out.append("#".join(parts))
    return ["".join(row) for row in zip(*out)]


def tilt_checksum(grid, moves):
    # Only a northward tilt is written; the other directions rotate the board clockwise so that the wanted side is
    # on top, tilt north, and rotate the rest of the way round.
    if not grid:
        return 0
    turns = {"N": 0, "E": 1, "S": 2, "W": 3}
    rows = list(grid)
    for m in moves:
        k = turns[m]
        for _ in range((4 - k) % 4):
            rows = _rotate_cw(rows)
        rows = _tilt_north(rows)
        for _ in range(k):
            rows = _rotate_cw(rows)
    C = len(rows[0])
    return sum(r * C + c + 1 for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "O")
