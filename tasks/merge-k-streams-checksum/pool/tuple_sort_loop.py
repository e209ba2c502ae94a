MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    pairs = []
    for j in range(k):
        for v in streams[j]:
            pairs.append((v, j))
    pairs.sort()
    total = 0
    for i in range(len(pairs)):
        v, j = pairs[i]
        total = (total + (i + 1) * (k * v + j)) % MOD
    return total
