def spiral_checksum(matrix):
    # Read the outer ring, then carry on with the inner matrix, built by slicing every inner row.
    out = []
    while matrix:
        if len(matrix) == 1:
            out += matrix[0]
            break
        if len(matrix[0]) == 1:
            out += [row[0] for row in matrix]
            break
        out += matrix[0]
        out += [row[-1] for row in matrix[1:-1]]
        out += matrix[-1][::-1]
        out += [row[0] for row in matrix[-2:0:-1]]
        matrix = [row[1:-1] for row in matrix[1:-1]]
        if matrix and not matrix[0]:
            break
    return sum(i * v for i, v in enumerate(out, 1))
