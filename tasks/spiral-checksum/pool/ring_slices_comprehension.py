def spiral_checksum(matrix):
    # Ring by ring: the top and bottom sides are row slices, the right and left sides list comprehensions over the
    # rows between them; the weighted sum is a plain loop.
    if not matrix:
        return 0
    out = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top < bottom and left < right:
        out += matrix[top][left:right + 1]
        out += [matrix[r][right] for r in range(top + 1, bottom)]
        out += matrix[bottom][left:right + 1][::-1]
        out += [matrix[r][left] for r in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    if top == bottom:
        out += matrix[top][left:right + 1]
    elif left == right:
        out += [matrix[r][left] for r in range(top, bottom + 1)]
    total = 0
    for i, v in enumerate(out):
        total += (i + 1) * v
    return total
