from collections import deque


def count_islands(grid):
    # Copy the grid into lists of characters, then sink every island found (turn its land to water) with a
    # breadth-first search.
    cells = [list(row) for row in grid]
    rows = len(cells)
    cols = len(cells[0]) if rows else 0
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if cells[r][c] != "1":
                continue
            islands += 1
            cells[r][c] = "0"
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for dy, dx in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                    ny, nx = y + dy, x + dx
                    if 0 <= ny < rows and 0 <= nx < cols and cells[ny][nx] == "1":
                        cells[ny][nx] = "0"
                        queue.append((ny, nx))
    return islands
