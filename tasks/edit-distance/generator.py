def generate(size, rng):
    # Two related strings: b is a with 8-35 % of its positions edited (deleted, substituted, or followed by an
    # inserted character), as between two versions of a text or two reads of the same sequence.
    n = max(0, size)
    # The shape (alphabet, edit rate, which string comes first) is drawn before the text, so that one seed gives
    # the same shape at every size.
    alphabet = rng.choice(["acgt", "ab", "abcdefghijklmnopqrstuvwxyz", "\u00e9\u00e8\u00ea\u00eb", "\u65e5\u672c\u8a9e\u6587"])
    rate = rng.uniform(0.08, 0.35)
    swap = rng.random() < 0.5
    a = "".join(rng.choice(alphabet) for _ in range(n))
    out = []
    for ch in a:
        r = rng.random()
        if r < rate / 3:
            continue
        if r < 2 * rate / 3:
            out.append(rng.choice(alphabet))
        elif r < rate:
            out.append(ch)
            out.append(rng.choice(alphabet))
        else:
            out.append(ch)
    b = "".join(out)
    if swap:
        a, b = b, a
    return [a, b]
