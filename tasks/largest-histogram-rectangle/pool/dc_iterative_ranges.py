def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        best = 0
        todo = [(0, len(h))]
        while todo:
            lo, hi = todo.pop()
            if hi - lo <= 0:
                continue
            part = h[lo:hi]
            low = min(part)
            m = lo + part.index(low)
            best = max(best, low * (hi - lo))
            todo.append((lo, m))
            todo.append((m + 1, hi))
        total += best
    return total
