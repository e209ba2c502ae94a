from heapq import merge

MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    tagged = [[(v, j) for v in s] for j, s in enumerate(streams)]
    return sum(i * (k * v + j) for i, (v, j) in enumerate(merge(*tagged), start=1)) % MOD
