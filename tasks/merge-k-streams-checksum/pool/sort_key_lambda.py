MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    entries = []
    for j, s in enumerate(streams):
        entries.extend((v, j) for v in s)
    entries = sorted(entries, key=lambda e: (e[0], e[1]))
    total = 0
    for i, e in enumerate(entries):
        total += (i + 1) * (k * e[0] + e[1])
    return total % MOD
