def skyline_area(buildings):
    # Tallest first: a gap takes the height of the first building to reach it; painted gaps are marked in a
    # bytearray and every building still scans its whole stretch.
    if not buildings:
        return 0
    xs = sorted({x for b in buildings for x in (b[0], b[1])})
    pos = {x: i for i, x in enumerate(xs)}
    done = bytearray(len(xs))
    total = 0
    for left, right, h in sorted(buildings, key=lambda b: -b[2]):
        for i in range(pos[left], pos[right]):
            if not done[i]:
                done[i] = 1
                total += h * (xs[i + 1] - xs[i])
    return total
