def generate(size, rng, index):
    # About `size` cells in all, split over grids of about `area` cells each (drawn from 60,000 to 140,000, so from
    # level 3 on there are many grids; smaller levels have one grid of `size` cells). Shape parameters come first:
    # the grid area, the wall density (below the 0.41 at which the open cells stop percolating, so escapes are long
    # and winding), and per grid its aspect, the start's relative position and whether a closed ring of walls (a
    # moat) traps it. Test 0 of a level (the timed and DPE input) has no moats and starts near the middle.
    area = rng.randint(60000, 140000)
    p = rng.uniform(0.28, 0.36) if index == 0 else rng.uniform(0.05, 0.40)
    k = max(1, size // area)
    plans = []
    for _ in range(k):
        fr = rng.uniform(0.4, 0.6) if index == 0 else rng.random()
        fc = rng.uniform(0.4, 0.6) if index == 0 else rng.random()
        moat = index != 0 and rng.random() < 0.3
        plans.append((fr, fc, moat, rng.uniform(0.1, 0.6), rng.uniform(0.5, 2.0)))
    grids, starts = [], []
    per = max(1, size // k)
    weights = [1.0 - p, p]
    for fr, fc, moat, mf, aspect in plans:
        rows = max(1, min(per, int(round((per * aspect) ** 0.5))))
        cols = max(1, per // rows)
        cells = [rng.choices(".#", weights, k=cols) for _ in range(rows)]
        r = min(rows - 1, int(fr * rows))
        c = min(cols - 1, int(fc * cols))
        cells[r][c] = "."
        if moat:
            # A ring of walls at Chebyshev distance h around the start, clipped to the grid.
            h = max(1, int(mf * min(rows, cols) / 2))
            for y in range(max(0, r - h), min(rows, r + h + 1)):
                row = cells[y]
                if abs(y - r) == h:
                    for x in range(max(0, c - h), min(cols, c + h + 1)):
                        row[x] = "#"
                else:
                    if c - h >= 0:
                        row[c - h] = "#"
                    if c + h < cols:
                        row[c + h] = "#"
        grids.append(["".join(row) for row in cells])
        starts.append([r, c])
    return [grids, starts]
