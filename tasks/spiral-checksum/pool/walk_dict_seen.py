def spiral_checksum(matrix):
    # Direction walk; a dict marks the read cells, keyed by row * width + column.
    if not matrix:
        return 0
    h, w = len(matrix), len(matrix[0])
    seen = {}
    out = []
    x = y = 0
    dx, dy = 0, 1
    while len(out) < h * w:
        out.append(matrix[x][y])
        seen[x * w + y] = True
        nx, ny = x + dx, y + dy
        if not (0 <= nx < h and 0 <= ny < w) or (nx * w + ny) in seen:
            dx, dy = dy, -dx
            nx, ny = x + dx, y + dy
        x, y = nx, ny
    total = 0
    for i in range(len(out)):
        total = total + (i + 1) * out[i]
    return total
