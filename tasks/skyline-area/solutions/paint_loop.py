def skyline_area(buildings):
    # Compress the x coordinates; for every building raise each gap it covers to its height, one gap at a time.
    xs = sorted(set([b[0] for b in buildings] + [b[1] for b in buildings]))
    pos = {x: i for i, x in enumerate(xs)}
    tallest = [0] * max(0, len(xs) - 1)
    for left, right, h in buildings:
        for i in range(pos[left], pos[right]):
            if h > tallest[i]:
                tallest[i] = h
    area = 0
    for i in range(len(tallest)):
        area += tallest[i] * (xs[i + 1] - xs[i])
    return area
