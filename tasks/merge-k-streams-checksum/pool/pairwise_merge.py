MOD = (1 << 61) - 1


def _merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_checksum(streams):
    k = len(streams)
    runs = [[v * k + j for v in s] for j, s in enumerate(streams)]
    if not runs:
        return 0
    while len(runs) > 1:
        nxt = []
        for t in range(0, len(runs) - 1, 2):
            nxt.append(_merge(runs[t], runs[t + 1]))
        if len(runs) % 2:
            nxt.append(runs[-1])
        runs = nxt
    return sum((i + 1) * x for i, x in enumerate(runs[0])) % MOD
