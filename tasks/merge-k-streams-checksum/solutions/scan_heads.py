MOD = (1 << 61) - 1


def merge_checksum(streams):
    # Repeatedly scan the head of every stream for the smallest (the first such stream wins a tie).
    k = len(streams)
    pos = [0] * k
    n = sum(len(s) for s in streams)
    total = 0
    for i in range(1, n + 1):
        best = -1
        best_v = 0
        for j in range(k):
            p = pos[j]
            if p < len(streams[j]):
                v = streams[j][p]
                if best < 0 or v < best_v:
                    best = j
                    best_v = v
        total += i * (k * best_v + best)
        pos[best] += 1
    return total % MOD
