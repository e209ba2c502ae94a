def escape_lengths(grids, starts):
    result = []
    for grid, (r, c) in zip(grids, starts):
        rows, cols = len(grid), len(grid[0])
        if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
            result.append(0)
            continue
        # Bit r * cols + c per cell, no padding: horizontal shifts are masked so nothing wraps between rows.
        opened = 0
        for i, row in enumerate(grid):
            opened |= int(row[::-1].replace(".", "1").replace("#", "0"), 2) << (i * cols)
        not_first = int(("1" * (cols - 1) + "0") * rows, 2)  # column 0 cleared (string read most significant first)
        not_last = int(("0" + "1" * (cols - 1)) * rows, 2)  # column cols - 1 cleared
        first_col = ((1 << (rows * cols)) - 1) ^ not_first
        last_col = ((1 << (rows * cols)) - 1) ^ not_last
        top = (1 << cols) - 1
        edge = (first_col | last_col | top | (top << ((rows - 1) * cols))) & opened
        reach = 1 << (r * cols + c)
        steps = 0
        answer = -1
        while True:
            grown = reach | ((reach << 1) & not_first) | ((reach >> 1) & not_last) | (reach << cols) | (reach >> cols)
            grown &= opened
            steps += 1
            if grown & edge:
                answer = steps
                break
            if grown == reach:
                break
            reach = grown
        result.append(answer)
    return result
