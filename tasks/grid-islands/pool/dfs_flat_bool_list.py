def count_islands(grid):
    # Iterative depth-first search over flat cell indices with a list of visited flags; a cell's neighbours are
    # the cells above and below, and left and right when they are in the same row.
    rows = len(grid)
    if rows == 0:
        return 0
    cols = len(grid[0])
    total = rows * cols
    land = [ch == "1" for row in grid for ch in row]
    visited = [False] * total
    islands = 0
    for start in range(total):
        if not land[start] or visited[start]:
            continue
        islands += 1
        visited[start] = True
        stack = [start]
        while stack:
            i = stack.pop()
            c = i % cols
            for j in (i - cols, i + cols, i - 1 if c else -1, i + 1 if c + 1 < cols else -1):
                if 0 <= j < total and land[j] and not visited[j]:
                    visited[j] = True
                    stack.append(j)
    return islands
