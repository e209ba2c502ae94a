def flip_histogram(readings):
    h = [0] * 65
    for i in range(1, len(readings)):
        a = readings[i - 1]
        b = readings[i]
        c = 0
        for j in range(64):
            if (a >> j) & 1 != (b >> j) & 1:
                c += 1
        h[c] += 1
    return h
