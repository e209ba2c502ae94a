def elimination_checksums(games):
    # Labels in chunks of 512; a Fenwick tree over the chunk sizes picks the chunk, list.pop removes inside it.
    CH = 512
    out = []
    for n, k in games:
        chunks = [list(range(s + 1, min(s + CH, n) + 1)) for s in range(0, n, CH)]
        m = len(chunks)
        fw = [0] * (m + 1)
        for i in range(1, m + 1):
            fw[i] += len(chunks[i - 1])
            j = i + (i & -i)
            if j <= m:
                fw[j] += fw[i]
        high = 1 << m.bit_length() if m else 0
        rank = 0
        total = 0
        for t in range(1, n + 1):
            rank = (rank + k - 1) % (n - t + 1)
            pos, rem, bit = 0, rank, high
            while bit:
                q = pos + bit
                if q <= m and fw[q] <= rem:
                    pos = q
                    rem -= fw[q]
                bit >>= 1
            total += t * chunks[pos].pop(rem)
            i = pos + 1
            while i <= m:
                fw[i] -= 1
                i += i & -i
        out.append(total)
    return out
