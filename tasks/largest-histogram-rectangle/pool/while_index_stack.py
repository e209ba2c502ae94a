def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        n = len(h)
        stack = []
        best = 0
        i = 0
        while i <= n:
            cur = h[i] if i < n else 0
            if not stack or h[stack[-1]] <= cur:
                stack.append(i)
                i += 1
            else:
                top = stack.pop()
                width = i if not stack else i - stack[-1] - 1
                if h[top] * width > best:
                    best = h[top] * width
        total += best
    return total
