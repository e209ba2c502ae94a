from operator import itemgetter


def covered_length(intervals):
    items = list(intervals)
    items.sort(key=itemgetter(0))
    total = 0
    start = end = None
    for iv in items:
        if iv[0] >= iv[1]:
            continue
        if end is not None and iv[0] <= end:
            if iv[1] > end:
                end = iv[1]
        else:
            if end is not None:
                total += end - start
            start, end = iv[0], iv[1]
    return total if end is None else total + end - start
