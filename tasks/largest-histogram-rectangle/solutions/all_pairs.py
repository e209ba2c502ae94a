def largest_rectangles(histograms):
    # Every pair of bounds (i, j): the rectangle over bars i..j is as tall as their lowest bar, kept as a running
    # minimum while j moves right. O(n^2) per histogram.
    total = 0
    for h in histograms:
        n = len(h)
        best = 0
        for i in range(n):
            low = h[i]
            for j in range(i, n):
                if h[j] < low:
                    low = h[j]
                area = low * (j - i + 1)
                if area > best:
                    best = area
        total += best
    return total
