def escape_lengths(grids, starts):
    answers = []
    for grid, start in zip(grids, starts):
        R, C = len(grid), len(grid[0])
        visited = [[False] * C for _ in range(R)]
        r0, c0 = start
        visited[r0][c0] = True
        queue = [(r0, c0, 0)]
        head = 0
        ans = -1
        while head < len(queue):
            r, c, d = queue[head]
            head += 1
            if r == 0 or c == 0 or r == R - 1 or c == C - 1:
                ans = d
                break
            for nr, nc in [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]:
                if grid[nr][nc] == "." and not visited[nr][nc]:
                    visited[nr][nc] = True
                    queue.append((nr, nc, d + 1))
        answers.append(ans)
    return answers
