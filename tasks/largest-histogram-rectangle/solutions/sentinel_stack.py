def largest_rectangles(histograms):
    # One pass with a monotonic stack of indices. The appended 0 is both the right sentinel (it pops every bar
    # left at the end) and, read as h[-1], the left sentinel under the stack's bottom index -1 (no height is
    # below 0, so it is never popped). When bar `top` is popped by a lower bar at i, it is the lowest bar of the
    # run between the new stack top and i. The previous bar's height is kept in a local: a bar no lower than it
    # pops nothing, so the stack is only read when the heights go down.
    total = 0
    for hist in histograms:
        h = hist + [0]
        stack = [-1]
        best = 0
        prev = 0
        for i, x in enumerate(h):
            if x < prev:
                while x < h[stack[-1]]:
                    y = h[stack.pop()]
                    area = y * (i - stack[-1] - 1)
                    if area > best:
                        best = area
            stack.append(i)
            prev = x
        total += best
    return total
