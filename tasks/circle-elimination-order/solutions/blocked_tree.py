BLOCK = 1024


def elimination_checksums(games):
    # The labels still standing, in order, are kept in blocks (Python lists of at most BLOCK labels) under a
    # segment tree of block counts. One walk down the tree finds the block holding the person of the wanted rank
    # and decrements the counts on its way; list.pop inside that short block does the rest (a small memmove in C).
    result = []
    for n, k in games:
        if n == 0:
            result.append(0)
            continue
        blocks = [list(range(start + 1, min(start + BLOCK, n) + 1)) for start in range(0, n, BLOCK)]
        size = 1
        while size < len(blocks):
            size *= 2
        count = [0] * (2 * size)
        for i, block in enumerate(blocks):
            count[size + i] = len(block)
        for i in range(size - 1, 0, -1):
            count[i] = count[2 * i] + count[2 * i + 1]
        rank = 0
        remaining = n
        step = k - 1
        total = 0
        for turn in range(1, n + 1):
            rank = (rank + step) % remaining
            r = rank
            node = 1
            while node < size:
                count[node] -= 1
                node *= 2
                c = count[node]
                if r >= c:
                    r -= c
                    node += 1
            count[node] -= 1
            total += turn * blocks[node - size].pop(r)
            remaining -= 1
        result.append(total)
    return result
