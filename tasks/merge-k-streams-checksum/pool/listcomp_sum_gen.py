MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    codes = sorted([v * k + j for j, s in enumerate(streams) for v in s])
    return sum((i + 1) * x for i, x in enumerate(codes)) % MOD
