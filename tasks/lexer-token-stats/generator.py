def generate(size, rng):
    # Source-like text of about `size` characters: statements built from identifiers (a vocabulary that grows with
    # the size), numbers, string literals (sometimes left unterminated at the end of a line), operators and
    # brackets, with indentation and occasional numbers glued to identifiers.
    vocab_size = max(10, min(5000, size // 200))
    starts = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
    rest = starts + "0123456789"
    vocab = ["".join([rng.choice(starts)] + [rng.choice(rest) for _ in range(rng.randint(0, 9))])
             for _ in range(vocab_size)]
    ops = ["=", "+", "-", "*", "/", "==", "<=", "!=", "&&", "||", "%", "<", ">", "+=", ".", "->"]
    words = ["alpha", "x y", "", "hello, world", "a+b", "'q'", "tab\there"]

    def expr(depth):
        r = rng.random()
        if r < 0.45:
            return rng.choice(vocab)
        if r < 0.65:
            return str(rng.randint(0, 10 ** rng.randint(1, 7)))
        if r < 0.72:
            return '"' + rng.choice(words) + '"'
        if r < 0.77:
            return str(rng.randint(0, 99)) + rng.choice(vocab)
        if depth > 2:
            return rng.choice(vocab)
        if r < 0.9:
            return expr(depth + 1) + " " + rng.choice(ops) + " " + expr(depth + 1)
        args = ", ".join(expr(depth + 1) for _ in range(rng.randint(0, 3)))
        return rng.choice(vocab) + "(" + args + ")"

    lines = []
    total = 0
    while total < size:
        indent = rng.choice(["", "    ", "        ", "\t"])
        line = indent + rng.choice(vocab) + " = " + expr(0) + ";"
        if rng.random() < 0.03:
            line += ' "unterminated ' + rng.choice(vocab)
        lines.append(line)
        total += len(line) + 1
    return ["\n".join(lines)]
