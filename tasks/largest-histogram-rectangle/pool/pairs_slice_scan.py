def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        best = 0
        for i in range(len(h)):
            low = h[i]
            width = 0
            for x in h[i:]:
                width += 1
                if x < low:
                    low = x
                if low * width > best:
                    best = low * width
        total += best
    return total
