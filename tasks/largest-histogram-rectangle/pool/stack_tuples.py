def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        stack = []  # (start index, height)
        best = 0
        for i, x in enumerate(h):
            start = i
            while stack and stack[-1][1] > x:
                s, y = stack.pop()
                best = max(best, y * (i - s))
                start = s
            stack.append((start, x))
        n = len(h)
        for s, y in stack:
            best = max(best, y * (n - s))
        total += best
    return total
