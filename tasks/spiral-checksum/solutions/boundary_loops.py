def spiral_checksum(matrix):
    # Shrinking bounds: one index loop per side of the current ring, appending cell by cell; then a generator sums
    # position times value.
    out = []
    if not matrix:
        return 0
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(matrix[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(matrix[r][right])
        if top < bottom and left < right:
            for c in range(right - 1, left - 1, -1):
                out.append(matrix[bottom][c])
            for r in range(bottom - 1, top, -1):
                out.append(matrix[r][left])
        top += 1
        bottom -= 1
        left += 1
        right -= 1
    return sum(i * v for i, v in enumerate(out, 1))
