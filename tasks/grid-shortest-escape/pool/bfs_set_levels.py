def escape_lengths(grids, starts):
    answers = []
    for grid, (r, c) in zip(grids, starts):
        rows, cols = len(grid), len(grid[0])
        seen = {(r, c)}
        frontier = {(r, c)}
        steps = 0
        found = -1
        while frontier:
            if any(y == 0 or x == 0 or y == rows - 1 or x == cols - 1 for y, x in frontier):
                found = steps
                break
            nxt = set()
            for y, x in frontier:
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if (ny, nx) not in seen and grid[ny][nx] == ".":
                        seen.add((ny, nx))
                        nxt.add((ny, nx))
            frontier = nxt
            steps += 1
        answers.append(found)
    return answers
