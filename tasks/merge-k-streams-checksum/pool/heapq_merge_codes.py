import heapq

MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    encoded = [[k * v + j for v in s] for j, s in enumerate(streams)]
    total = 0
    for i, x in enumerate(heapq.merge(*encoded), 1):
        total += i * x
    return total % MOD
