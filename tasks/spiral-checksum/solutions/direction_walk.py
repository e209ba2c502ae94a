def spiral_checksum(matrix):
    # Walk cell by cell with a direction vector, turning clockwise when the next cell is outside or already read,
    # and add position times value at every step.
    if not matrix:
        return 0
    rows, cols = len(matrix), len(matrix[0])
    seen = [[False] * cols for _ in range(rows)]
    dr = [0, 1, 0, -1]
    dc = [1, 0, -1, 0]
    total = 0
    r = c = d = 0
    for step in range(1, rows * cols + 1):
        total += step * matrix[r][c]
        seen[r][c] = True
        nr, nc = r + dr[d], c + dc[d]
        if not (0 <= nr < rows and 0 <= nc < cols) or seen[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + dr[d], c + dc[d]
        r, c = nr, nc
    return total
