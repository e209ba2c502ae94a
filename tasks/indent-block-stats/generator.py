def generate(size, rng):
    # About `size` lines in runs of 1 to 8 at one indentation. Between runs the generator indents (usually by 4,
    # sometimes by 1 to 8 spaces), dedents to a width on its stack, or dedents to a width between two of its levels
    # (a misaligned dedent); depth wanders up to 24 levels, so lines start with up to about a hundred spaces.
    # Blank lines (empty or spaces only) are mixed in, and line contents hold inner and trailing spaces and
    # non-ASCII characters, so that neither split() nor strip() alone gives a line's width.
    words = ["x", "=", "if", "return", "f(a, b)", "caf\u00e9", "\u65e5\u672c", "#", "else:", "  ", "pass", "0"]
    stack = [0]
    lines = []
    while len(lines) < size:
        move = rng.random()
        if move < 0.56 and len(stack) < 24:
            stack.append(stack[-1] + (4 if rng.random() < 0.7 else rng.randint(1, 8)))
        elif move < 0.85 and len(stack) > 1:
            del stack[len(stack) - rng.randint(1, min(2, len(stack) - 1)):]
        elif move < 0.93 and len(stack) > 1:
            low = stack[-2]
            high = stack.pop()
            while len(stack) > 1 and rng.random() < 0.3:
                high = stack.pop()
                low = stack[-1]
            if high - low >= 2:
                stack.append(rng.randint(low + 1, high - 1))
        width = stack[-1]
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.08:
                lines.append(" " * rng.randint(0, width + 3))
            content = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6))).strip() or "x"
            lines.append(" " * width + content + (" " * rng.randint(1, 3) if rng.random() < 0.1 else ""))
    return ["\n".join(lines[:size])]
