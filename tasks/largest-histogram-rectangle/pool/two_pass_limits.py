def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        n = len(h)
        left = [0] * n
        right = [n] * n
        stack = []
        for i in range(n):
            while stack and h[stack[-1]] >= h[i]:
                stack.pop()
            left[i] = stack[-1] + 1 if stack else 0
            stack.append(i)
        stack = []
        for i in range(n - 1, -1, -1):
            while stack and h[stack[-1]] >= h[i]:
                stack.pop()
            right[i] = stack[-1] if stack else n
            stack.append(i)
        best = 0
        for i in range(n):
            area = h[i] * (right[i] - left[i])
            if area > best:
                best = area
        total += best
    return total
