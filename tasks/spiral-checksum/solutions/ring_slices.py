from operator import itemgetter, mul


def spiral_checksum(matrix):
    # Ring by ring, every side read in C: the top and bottom sides are row slices (the bottom one reversed by its
    # step), the right and left sides map(itemgetter(column)) over the rows between them; the weighted sum is one
    # sum(map(mul)) over the order and the positions.
    out = []
    if not matrix:
        return 0
    extend = out.extend
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top < bottom and left < right:
        extend(matrix[top][left:right + 1])
        inner = matrix[top + 1:bottom]
        extend(map(itemgetter(right), inner))
        extend(matrix[bottom][right:left - 1 if left else None:-1])
        inner.reverse()
        extend(map(itemgetter(left), inner))
        top += 1
        bottom -= 1
        left += 1
        right -= 1
    if top == bottom and left <= right:
        extend(matrix[top][left:right + 1])
    elif left == right and top <= bottom:
        extend(map(itemgetter(left), matrix[top:bottom + 1]))
    return sum(map(mul, out, range(1, len(out) + 1)))
