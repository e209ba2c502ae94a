from bisect import bisect_left, insort


def running_medians(nums):
    # Buckets of sorted values; the bucket for a new value is found by binary search on the bucket maxima.
    load = 300
    buckets = []
    maxes = []
    out = []
    total = 0
    for x in nums:
        if not buckets:
            buckets.append([x])
            maxes.append(x)
        else:
            i = bisect_left(maxes, x)
            if i == len(buckets):
                i -= 1
                buckets[i].append(x)
                maxes[i] = x
            else:
                insort(buckets[i], x)
            if len(buckets[i]) > 2 * load:
                b = buckets[i]
                buckets[i:i + 1] = [b[:load], b[load:]]
                maxes[i:i + 1] = [b[load - 1], b[-1]]
        total += 1
        # locate the middle element(s)
        mids = [(total - 1) // 2, total // 2]
        vals = []
        for k in mids:
            for b in buckets:
                if k < len(b):
                    vals.append(b[k])
                    break
                k -= len(b)
        out.append((vals[0] + vals[1]) / 2 if total % 2 == 0 else float(vals[0]))
    return out
