from collections import Counter


def life(board, steps):
    # Keep only the live cells; each step counts, with a Counter, how many live neighbours every cell next to a
    # live cell has.
    rows, cols = len(board), len(board[0])
    live = {(r, c) for r in range(rows) for c in range(cols) if board[r][c] == "#"}
    offsets = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
    for _ in range(steps):
        counts = Counter(((r + dr) % rows, (c + dc) % cols) for r, c in live for dr, dc in offsets)
        live = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}
    out = [["."] * cols for _ in range(rows)]
    for r, c in live:
        out[r][c] = "#"
    return ["".join(row) for row in out]
