MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    codes = []
    for j, s in enumerate(streams):
        for v in s:
            codes.append(v * k + j)
    codes.sort()
    total = 0
    i = 1
    for x in codes:
        total += i * x
        i += 1
    return total % MOD
