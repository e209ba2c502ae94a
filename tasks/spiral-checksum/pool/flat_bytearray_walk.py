def spiral_checksum(matrix):
    # Flatten the matrix, then walk it by flat index with a bytearray of visited marks.
    if not matrix:
        return 0
    rows, cols = len(matrix), len(matrix[0])
    flat = [v for row in matrix for v in row]
    seen = bytearray(rows * cols)
    total = 0
    r = c = 0
    d = 0
    steps = ((0, 1), (1, 0), (0, -1), (-1, 0))
    for k in range(1, rows * cols + 1):
        i = r * cols + c
        total += k * flat[i]
        seen[i] = 1
        dr, dc = steps[d]
        nr, nc = r + dr, c + dc
        if nr < 0 or nr >= rows or nc < 0 or nc >= cols or seen[nr * cols + nc]:
            d = (d + 1) & 3
            dr, dc = steps[d]
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return total
