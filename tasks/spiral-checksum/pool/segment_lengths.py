def spiral_checksum(matrix):
    # The spiral's straight runs have lengths C, R-1, C-1, R-2, ...: walk each run one step at a time.
    if not matrix:
        return 0
    across, down = len(matrix[0]), len(matrix) - 1
    r, c, sign = 0, -1, 1
    total = 0
    k = 0
    while across > 0:
        for _ in range(across):
            c += sign
            k += 1
            total += k * matrix[r][c]
        across -= 1
        if down <= 0:
            break
        for _ in range(down):
            r += sign
            k += 1
            total += k * matrix[r][c]
        down -= 1
        sign = -sign
    return total
