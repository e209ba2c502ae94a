def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        n = len(h)
        best = 0
        for i in range(n):
            low = h[i]
            for j in range(i, n):
                if h[j] < low:
                    low = h[j]
                    if low * (n - i) <= best:
                        break
                if low * (j - i + 1) > best:
                    best = low * (j - i + 1)
        total += best
    return total
