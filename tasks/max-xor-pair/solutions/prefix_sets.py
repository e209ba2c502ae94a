def max_xor_pair(nums):
    # Decide the answer bit by bit from the top: with the higher bits fixed to `best`, the next bit can be 1 iff two
    # prefixes p, q (values shifted right) satisfy p ^ q == candidate, i.e. the set of prefixes meets its own image
    # under "^ candidate". Each bit costs two passes done by builtins.
    bits = max(nums).bit_length()
    best = 0
    for b in range(bits - 1, -1, -1):
        prefixes = set(map(b.__rrshift__, nums))
        candidate = (best << 1) | 1
        if prefixes.isdisjoint(map(candidate.__xor__, prefixes)):
            best = candidate - 1
        else:
            best = candidate
    return best
