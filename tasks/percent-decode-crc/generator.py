_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_TEXT = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~ +%&=/?#:;,!*'()\"<>"


def _forms(p_escape):
    # _forms(p)[b][r]: how byte b is written when the random byte r is drawn. A letter, digit or one of "-._~" is
    # written as itself with probability 1 - p, a space as "+" with probability 1 - p; everything else (and the
    # rest of the time these too) as an escape, with upper- or lower-case hex digits at random.
    table = []
    for b in range(256):
        upper, lower = "%%%02X" % b, "%%%02x" % b
        raw = chr(b) if b in _UNRESERVED else "+" if b == 32 else None
        table.append([raw if raw is not None and r >= 256 * p_escape else upper if r % 2 else lower
                      for r in range(256)])
    return table


def generate(size, rng, index):
    # Shape first: the longest decoded item, how often a character that need not be escaped still is, and the
    # share of items made of arbitrary bytes rather than URL-ish text. Test 0 of a level (the timed and DPE input)
    # uses middle values.
    if index == 0:
        max_len, p_escape, p_binary = 60, 0.3, 0.1
    else:
        max_len = rng.choice([4, 20, 60, 150])
        p_escape = rng.choice([0.0, 0.1, 0.5, 1.0])
        p_binary = rng.choice([0.0, 0.05, 0.5])
    forms = _forms(p_escape)
    items = []
    for _ in range(size):
        n = rng.randint(0, max_len)
        data = rng.randbytes(n) if rng.random() < p_binary else bytes(rng.choices(_TEXT, k=n))
        items.append("".join([forms[b][r] for b, r in zip(data, rng.randbytes(n))]))
    return [items]
