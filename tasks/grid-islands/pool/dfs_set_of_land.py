def count_islands(grid):
    # Collect every land cell in a set, then repeatedly pop one and remove its whole island from the set with
    # a depth-first search.
    land = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "1"}
    islands = 0
    while land:
        islands += 1
        stack = [land.pop()]
        while stack:
            r, c = stack.pop()
            for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if nb in land:
                    land.remove(nb)
                    stack.append(nb)
    return islands
