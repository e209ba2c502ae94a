import bisect

MOD = (1 << 61) - 1


def merge_checksum(streams):
    # Insert every (value, stream) pair into one growing sorted list: each insertion shifts the list's tail.
    merged = []
    for j, s in enumerate(streams):
        for v in s:
            bisect.insort(merged, (v, j))
    k = len(streams)
    total = 0
    for i, (v, j) in enumerate(merged):
        total += (i + 1) * (k * v + j)
    return total % MOD
