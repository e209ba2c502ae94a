def spiral_checksum(matrix):
    # Transpose once with zip (in C) so that the left and right sides are slices of the transpose's rows too.
    if not matrix:
        return 0
    cols = list(zip(*matrix))
    out = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        out.extend(matrix[top][left:right + 1])
        out.extend(cols[right][top + 1:bottom + 1])
        if top < bottom and left < right:
            out.extend(matrix[bottom][left:right][::-1])
            out.extend(cols[left][top + 1:bottom][::-1])
        top += 1
        bottom -= 1
        left += 1
        right -= 1
    return sum(i * v for i, v in enumerate(out, 1))
