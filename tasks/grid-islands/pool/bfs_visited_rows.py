from collections import deque


def count_islands(grid):
    # Breadth-first search with a deque of (row, col) pairs and one list of visited flags per row.
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    visited = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "0" or visited[r][c]:
                continue
            islands += 1
            visited[r][c] = True
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                if y > 0 and grid[y - 1][x] == "1" and not visited[y - 1][x]:
                    visited[y - 1][x] = True
                    queue.append((y - 1, x))
                if y + 1 < rows and grid[y + 1][x] == "1" and not visited[y + 1][x]:
                    visited[y + 1][x] = True
                    queue.append((y + 1, x))
                if x > 0 and grid[y][x - 1] == "1" and not visited[y][x - 1]:
                    visited[y][x - 1] = True
                    queue.append((y, x - 1))
                if x + 1 < cols and grid[y][x + 1] == "1" and not visited[y][x + 1]:
                    visited[y][x + 1] = True
                    queue.append((y, x + 1))
    return islands
