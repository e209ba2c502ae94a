def rectangle_sums(grid, queries):
    # Sum the rectangle's part of every row it spans, each row part a slice summed in C.
    out = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            total += sum(grid[r][c1:c2 + 1])
        out.append(total)
    return out
