from bisect import bisect_left, insort


def skyline_area(buildings):
    # The standing heights in a sorted list (insort on a start, deletion by bisection on an end); the skyline is
    # the last element.
    events = sorted([(b[0], 0, b[2]) for b in buildings] + [(b[1], 1, b[2]) for b in buildings])
    heights = []
    area = 0
    prev = 0
    for x, end, h in events:
        if heights:
            area += heights[-1] * (x - prev)
        prev = x
        if end:
            del heights[bisect_left(heights, h)]
        else:
            insort(heights, h)
    return area
