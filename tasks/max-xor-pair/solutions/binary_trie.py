def max_xor_pair(nums):
    # Binary trie of the values seen so far (most significant bit first); for each new value walk down preferring
    # the opposite bit, which gives its best partner, then insert it.
    bits = max(nums).bit_length()
    children = [[-1, -1]]
    best = 0
    for idx, x in enumerate(nums):
        if idx:
            node = 0
            acc = 0
            for b in range(bits - 1, -1, -1):
                want = ((x >> b) & 1) ^ 1
                nxt = children[node][want]
                if nxt >= 0:
                    acc |= 1 << b
                    node = nxt
                else:
                    node = children[node][want ^ 1]
            if acc > best:
                best = acc
        node = 0
        for b in range(bits - 1, -1, -1):
            bit = (x >> b) & 1
            nxt = children[node][bit]
            if nxt < 0:
                nxt = len(children)
                children.append([-1, -1])
                children[node][bit] = nxt
            node = nxt
    return best
