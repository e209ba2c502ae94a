def _sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = _sort(items[:mid])
    right = _sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out += left[i:]
    out += right[j:]
    return out


def min_max_lateness(processing, due):
    jobs = _sort([(due[i], i) for i in range(len(due))])
    t = 0
    best = 0
    total = 0
    for k, (d, i) in enumerate(jobs):
        t += processing[i]
        best = max(best, t - d)
        total += (k + 1) * i
    return (best, total)
