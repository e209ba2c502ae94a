MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    codes = []
    for j, s in enumerate(streams):
        codes.extend([k * v + j for v in s])
    codes.sort()
    total = 0
    for i, x in enumerate(codes, 1):
        total = (total + i * x) % MOD
    return total
