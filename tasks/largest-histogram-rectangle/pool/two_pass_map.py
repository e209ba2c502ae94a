from operator import mul, sub


def largest_rectangles(histograms):
    total = 0
    for h in histograms:
        n = len(h)
        left = []
        stack = [-1]
        for i, x in enumerate(h):
            while stack[-1] >= 0 and h[stack[-1]] >= x:
                stack.pop()
            left.append(stack[-1])
            stack.append(i)
        right = [n] * n
        stack = [n]
        for i in range(n - 1, -1, -1):
            x = h[i]
            while stack[-1] < n and h[stack[-1]] >= x:
                stack.pop()
            right[i] = stack[-1]
            stack.append(i)
        widths = [r - l - 1 for l, r in zip(left, right)]
        total += max(map(mul, h, widths), default=0)
    return total
