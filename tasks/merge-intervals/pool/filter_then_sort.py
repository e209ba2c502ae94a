def covered_length(intervals):
    live = [iv for iv in intervals if iv[0] < iv[1]]
    live.sort()
    total = 0
    if not live:
        return 0
    start, end = live[0]
    for lo, hi in live[1:]:
        if lo > end:
            total += end - start
            start, end = lo, hi
        else:
            end = max(end, hi)
    return total + end - start
