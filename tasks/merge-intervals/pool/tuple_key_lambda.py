def covered_length(intervals):
    ordered = sorted(intervals, key=lambda iv: (iv[0], iv[1]))
    pieces = []
    for lo, hi in ordered:
        if hi <= lo:
            continue
        if pieces and lo <= pieces[-1][1]:
            pieces[-1][1] = max(pieces[-1][1], hi)
        else:
            pieces.append([lo, hi])
    return sum(b - a for a, b in pieces)
