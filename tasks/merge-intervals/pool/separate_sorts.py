def covered_length(intervals):
    # Starts and ends sorted separately: the k-th start pairs with the k-th end in a sweep.
    starts = sorted(lo for lo, hi in intervals if lo < hi)
    ends = sorted(hi for lo, hi in intervals if lo < hi)
    total = 0
    open_count = 0
    j = 0
    begin = 0
    for s in starts:
        while ends[j] < s:
            open_count -= 1
            j += 1
            if open_count == 0:
                total += ends[j - 1] - begin
        if open_count == 0:
            begin = s
        open_count += 1
    while j < len(ends):
        open_count -= 1
        j += 1
        if open_count == 0:
            total += ends[j - 1] - begin
    return total
