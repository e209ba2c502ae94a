def tilt_checksum(grid, moves):
    # Lines as strings (columns from zip(*rows)); every run between blocks sorted so that its stones come first
    # or last ('.' sorts before 'O').
    rows = list(grid)
    if not rows:
        return 0
    for m in moves:
        vertical = m in "NS"
        lines = ["".join(c) for c in zip(*rows)] if vertical else rows
        rev = m in "NW"
        lines = ["#".join("".join(sorted(seg, reverse=rev)) for seg in line.split("#")) for line in lines]
        rows = ["".join(r) for r in zip(*lines)] if vertical else lines
    C = len(rows[0])
    total = 0
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == "O":
                total += r * C + c + 1
    return total
