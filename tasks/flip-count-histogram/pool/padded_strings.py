def flip_histogram(readings):
    # Compare the 64-character binary forms of the two words position by position.
    h = [0] * 65
    for i in range(1, len(readings)):
        a = format(readings[i - 1], "064b")
        b = format(readings[i], "064b")
        h[sum(1 for p, q in zip(a, b) if p != q)] += 1
    return h
