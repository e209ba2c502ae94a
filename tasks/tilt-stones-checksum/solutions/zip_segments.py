def _pack(line, to_start):
    # Each run between blocks keeps its stones, packed against the run's start or its end.
    parts = []
    for seg in line.split("#"):
        k = seg.count("O")
        if to_start:
            parts.append("O" * k + "." * (len(seg) - k))
        else:
            parts.append("." * (len(seg) - k) + "O" * k)
    return "#".join(parts)


def tilt_checksum(grid, moves):
    # Rows as strings; a vertical tilt transposes with zip(*rows) and joins the columns, packs them, and transposes
    # back the same way. The checksum is a loop over the final rows' cells.
    rows = list(grid)
    for m in moves:
        if m in "NS":
            cols = ["".join(col) for col in zip(*rows)]
            cols = [_pack(col, m == "N") for col in cols]
            rows = ["".join(row) for row in zip(*cols)]
        else:
            rows = [_pack(row, m == "W") for row in rows]
    total = 0
    C = len(rows[0]) if rows else 0
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == "O":
                total += r * C + c + 1
    return total
