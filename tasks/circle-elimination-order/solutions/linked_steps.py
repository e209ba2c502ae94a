def elimination_checksums(games):
    # nxt[p] is the person after p still in the circle (people 0..n-1 here, label p + 1). Keep the person just
    # before the next count and walk (k - 1) mod m steps to reach the one before the person who leaves.
    result = []
    for n, k in games:
        if n == 0:
            result.append(0)
            continue
        nxt = list(range(1, n))
        nxt.append(0)
        before = n - 1
        remaining = n
        total = 0
        for turn in range(1, n + 1):
            for _ in range((k - 1) % remaining):
                before = nxt[before]
            gone = nxt[before]
            nxt[before] = nxt[gone]
            total += turn * (gone + 1)
            remaining -= 1
        result.append(total)
    return result
