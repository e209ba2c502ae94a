def max_xor_pair(nums):
    # Binary trie of nested dicts, all values inserted first, then each value looks for its best partner.
    bits = max(nums).bit_length()
    root = {}
    for x in nums:
        node = root
        for b in range(bits - 1, -1, -1):
            node = node.setdefault((x >> b) & 1, {})
    best = 0
    for x in nums:
        node = root
        acc = 0
        for b in range(bits - 1, -1, -1):
            bit = (x >> b) & 1
            if 1 - bit in node:
                acc |= 1 << b
                node = node[1 - bit]
            else:
                node = node[bit]
        best = max(best, acc)
    return best
