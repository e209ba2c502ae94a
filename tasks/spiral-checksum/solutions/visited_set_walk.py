def spiral_checksum(matrix):
    # Direction walk that remembers the visited cells in a set of coordinate pairs; the order is kept in a list.
    if not matrix:
        return 0
    m, n = len(matrix), len(matrix[0])
    visited = set()
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    res = []
    i = j = k = 0
    while len(res) < m * n:
        res.append(matrix[i][j])
        visited.add((i, j))
        ni, nj = i + dirs[k][0], j + dirs[k][1]
        if ni < 0 or ni >= m or nj < 0 or nj >= n or (ni, nj) in visited:
            k = (k + 1) % 4
            ni, nj = i + dirs[k][0], j + dirs[k][1]
        i, j = ni, nj
    return sum((idx + 1) * val for idx, val in enumerate(res))
