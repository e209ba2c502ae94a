MOD = (1 << 61) - 1


def _merge_range(runs, lo, hi):
    if hi - lo == 1:
        return runs[lo]
    mid = (lo + hi) // 2
    left = _merge_range(runs, lo, mid)
    right = _merge_range(runs, mid, hi)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]


def merge_checksum(streams):
    k = len(streams)
    if k == 0:
        return 0
    runs = [[k * v + j for v in s] for j, s in enumerate(streams)]
    merged = _merge_range(runs, 0, k)
    return sum(i * x for i, x in enumerate(merged, 1)) % MOD
