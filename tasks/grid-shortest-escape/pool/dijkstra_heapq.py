import heapq


def escape_lengths(grids, starts):
    res = []
    for grid, start in zip(grids, starts):
        rows, cols = len(grid), len(grid[0])
        sr, sc = start
        best = {(sr, sc): 0}
        heap = [(0, sr, sc)]
        ans = -1
        while heap:
            d, r, c = heapq.heappop(heap)
            if d > best.get((r, c), float("inf")):
                continue
            if r in (0, rows - 1) or c in (0, cols - 1):
                ans = d
                break
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                    nd = d + 1
                    if nd < best.get((nr, nc), float("inf")):
                        best[(nr, nc)] = nd
                        heapq.heappush(heap, (nd, nr, nc))
        res.append(ans)
    return res
