def count_islands(grid):
    # Iterative depth-first search over flat cell indices; visited cells are marked in a bytearray.
    rows = len(grid)
    if rows == 0:
        return 0
    cols = len(grid[0])
    land = "".join(grid)
    seen = bytearray(rows * cols)
    islands = 0
    for start in range(rows * cols):
        if land[start] != "1" or seen[start]:
            continue
        islands += 1
        seen[start] = 1
        stack = [start]
        while stack:
            i = stack.pop()
            c = i % cols
            for j in (i - cols, i + cols):
                if 0 <= j < rows * cols and land[j] == "1" and not seen[j]:
                    seen[j] = 1
                    stack.append(j)
            if c > 0 and land[i - 1] == "1" and not seen[i - 1]:
                seen[i - 1] = 1
                stack.append(i - 1)
            if c + 1 < cols and land[i + 1] == "1" and not seen[i + 1]:
                seen[i + 1] = 1
                stack.append(i + 1)
    return islands
