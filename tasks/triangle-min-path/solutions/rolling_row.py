def min_triangle_path(triangle):
    # Bottom up with one row of best costs: best[c] is the cheapest path from the current row's cell c down.
    # Each row is a list comprehension over zip; a conditional expression is cheaper than calling min().
    if not triangle:
        return 0
    rows = reversed(triangle)
    best = next(rows)
    for row in rows:
        best = [x + (b if b < c else c) for x, b, c in zip(row, best, best[1:])]
    return best[0]
