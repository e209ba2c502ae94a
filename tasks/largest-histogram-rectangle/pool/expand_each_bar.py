def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        n = len(h)
        best = 0
        for i in range(n):
            x = h[i]
            if x == 0:
                continue
            l = i
            while l > 0 and h[l - 1] >= x:
                l -= 1
            r = i
            while r < n - 1 and h[r + 1] >= x:
                r += 1
            area = x * (r - l + 1)
            if area > best:
                best = area
        total += best
    return total
