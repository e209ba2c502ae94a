def spiral_checksum(matrix):
    # First list the coordinates of the spiral, ring by ring, then look every one of them up.
    if not matrix:
        return 0
    coords = []
    t, b, l, r = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while t <= b and l <= r:
        coords += [(t, j) for j in range(l, r + 1)]
        coords += [(i, r) for i in range(t + 1, b + 1)]
        if t < b and l < r:
            coords += [(b, j) for j in range(r - 1, l - 1, -1)]
            coords += [(i, l) for i in range(b - 1, t, -1)]
        t, b, l, r = t + 1, b - 1, l + 1, r - 1
    return sum(k * matrix[i][j] for k, (i, j) in enumerate(coords, 1))
