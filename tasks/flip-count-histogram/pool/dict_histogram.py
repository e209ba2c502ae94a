def flip_histogram(readings):
    # Tally in a dict, then lay it out as the 65-entry list.
    seen = {}
    prev = None
    for x in readings:
        if prev is not None:
            c = bin(x ^ prev)[2:].count("1")
            if c in seen:
                seen[c] += 1
            else:
                seen[c] = 1
        prev = x
    result = []
    for k in range(65):
        result.append(seen.get(k, 0))
    return result
