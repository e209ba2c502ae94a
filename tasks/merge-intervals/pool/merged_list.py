from operator import itemgetter


def covered_length(intervals):
    merged = []
    for lo, hi in sorted(intervals, key=itemgetter(0)):
        if lo >= hi:
            continue
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return sum(hi - lo for lo, hi in merged)
