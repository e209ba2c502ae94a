def largest_rectangles(histograms):
    results = []
    for h in histograms:
        heights = list(h)
        heights.append(0)
        stack = []
        best = 0
        for i in range(len(heights)):
            while stack and heights[stack[-1]] > heights[i]:
                height = heights[stack.pop()]
                width = i if len(stack) == 0 else i - stack[-1] - 1
                best = max(best, height * width)
            stack.append(i)
        results.append(best)
    return sum(results)
