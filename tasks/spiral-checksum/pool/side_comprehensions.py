def spiral_checksum(matrix):
    # Shrinking bounds; every side of a ring is one list comprehension over indices.
    result = []
    if not matrix:
        return 0
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        result += [matrix[top][j] for j in range(left, right + 1)]
        result += [matrix[i][right] for i in range(top + 1, bottom + 1)]
        if top < bottom and left < right:
            result += [matrix[bottom][j] for j in range(right - 1, left - 1, -1)]
            result += [matrix[i][left] for i in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return sum([(i + 1) * result[i] for i in range(len(result))])
