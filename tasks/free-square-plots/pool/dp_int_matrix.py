def count_free_squares(grid):
    # Convert the map to a 0/1 matrix first, then update it in place with the DP and sum every row.
    mat = [[1 if ch == "." else 0 for ch in row] for row in grid]
    for i in range(1, len(mat)):
        for j in range(1, len(mat[0])):
            if mat[i][j]:
                mat[i][j] = min(mat[i - 1][j], mat[i][j - 1], mat[i - 1][j - 1]) + 1
    return sum(sum(row) for row in mat)
