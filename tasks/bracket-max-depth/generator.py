def generate(size, rng):
    # A balanced string of about `size` brackets of the three kinds shaped like a mountain range: the depth climbs
    # (mostly) to a random peak, falls (mostly) to a random valley, and so on. Filler characters (letters, spaces,
    # some non-ASCII) are mixed in. In half of the tests one bracket in the last tenth is changed to another
    # bracket, which usually unbalances the string.
    n = max(2, size) // 2 * 2
    target = rng.randint(max(1, int(n ** 0.5) // 2), max(1, int(n ** 0.5) * 3 // 2))
    opens, closes = "([{", ")]}"
    out = []
    stack = []
    goal = rng.randint(target // 2, target)
    climbing = True
    for remaining in range(n, 0, -1):
        depth = len(stack)
        if climbing and depth >= goal:
            climbing = False
            goal = rng.randint(0, target // 4)
        elif not climbing and depth <= goal:
            climbing = True
            goal = rng.randint(target // 2, target)
        up = rng.random() < (0.85 if climbing else 0.15)
        if depth == 0:
            up = True
        if depth >= remaining:
            up = False
        if up:
            k = rng.randrange(3)
            stack.append(k)
            out.append(opens[k])
        else:
            out.append(closes[stack.pop()])
    if rng.random() < 0.5:
        i = rng.randrange(n - max(1, n // 10), n)
        out[i] = rng.choice([c for c in "()[]{}" if c != out[i]])
    filler = "abcxyz 019,;éß中"
    text = []
    for ch in out:
        while rng.random() < 0.2:
            text.append(rng.choice(filler))
        text.append(ch)
    return ["".join(text)]
