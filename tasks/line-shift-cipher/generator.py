def generate(size, rng, index):
    # A text of `size` lines and a key. The shape comes first: the key's length (1 to 40), the mean line length
    # (10 to 60 characters; 18 to 22 on test 0 of a level, the timed and DPE input), and how often a line is empty,
    # a token is a number or punctuation, a word is upper case or carries non-ASCII letters, and a line holds a
    # "\r" or a tab (ordinary characters that end nothing). The text may or may not end with "\n".
    key_len = rng.choice([1, 2, 3, rng.randint(4, 40)])
    key = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(key_len))
    mean_len = rng.randint(18, 22) if index == 0 else rng.randint(10, 60)
    p_empty = rng.uniform(0.0, 0.1)
    p_other = rng.uniform(0.0, 0.4)
    p_upper = rng.uniform(0.0, 0.3)
    p_odd = rng.uniform(0.0, 0.1)
    words = ["the", "cipher", "attack", "at", "dawn", "Vigen\u00e8re", "Stra\u00dfe", "caf\u00e9", "over", "key",
             "a", "message", "zebra", "quiz", "JUMPS", "Yz", "Zz", "lazy", "dog", "xylophone", "encryption"]
    others = ["2026", "3.14", "--", "...", "(", ")", "!", "?", "\u00e9t\u00e9", "\u00bf", "#42", "@", "\u00d7", "_"]
    lines = []
    for _ in range(size):
        if rng.random() < p_empty:
            lines.append("")
            continue
        target = rng.randint(1, 2 * mean_len)
        tokens = []
        length = 0
        while length < target:
            if rng.random() < p_other:
                token = rng.choice(others)
            else:
                token = rng.choice(words)
                if rng.random() < p_upper:
                    token = token.upper()
                elif rng.random() < 0.2:
                    token = token.capitalize()
            tokens.append(token)
            length += len(token) + 1
        line = " ".join(tokens)
        if rng.random() < p_odd:
            line += rng.choice(["\r", "\t", " \t"])
        lines.append(line)
    return ["\n".join(lines) + ("\n" if rng.random() < 0.5 else ""), key]
