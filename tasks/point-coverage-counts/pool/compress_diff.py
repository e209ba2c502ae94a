def coverage_counts(intervals, points):
    # Coordinate compression: every start, every end + 1 and every point gets an index; a difference array over the
    # indices, prefix sums, then each point reads its index.
    coords = set()
    for l, r in intervals:
        coords.add(l)
        coords.add(r + 1)
    for p in points:
        coords.add(p)
    ordered = sorted(coords)
    index = {x: i for i, x in enumerate(ordered)}
    diff = [0] * (len(ordered) + 1)
    for l, r in intervals:
        diff[index[l]] += 1
        diff[index[r + 1]] -= 1
    running = 0
    prefix = []
    for d in diff:
        running += d
        prefix.append(running)
    return [prefix[index[p]] for p in points]
