def max_xor_pair(nums):
    # Binary trie in two flat child lists; build first, then query every value.
    bits = max(nums).bit_length()
    zero = [0]
    one = [0]
    for x in nums:
        node = 0
        for b in range(bits - 1, -1, -1):
            kids = one if (x >> b) & 1 else zero
            if not kids[node]:
                kids[node] = len(zero)
                zero.append(0)
                one.append(0)
            node = kids[node]
    best = 0
    for x in nums:
        node = 0
        acc = 0
        for b in range(bits - 1, -1, -1):
            if (x >> b) & 1:
                nxt = zero[node]
                if nxt:
                    acc |= 1 << b
                else:
                    nxt = one[node]
            else:
                nxt = one[node]
                if nxt:
                    acc |= 1 << b
                else:
                    nxt = zero[node]
            node = nxt
        if acc > best:
            best = acc
    return best
