def wrap_lines(text, width):
    # Word lengths are computed once; a line is a slice of the word list between two indices, joined when it ends.
    words = text.split()
    lengths = list(map(len, words))
    lines = []
    start = 0
    used = -1
    for i, n in enumerate(lengths):
        if used + 1 + n > width and i > start:
            lines.append(" ".join(words[start:i]))
            start = i
            used = -1
        used += 1 + n
    if words:
        lines.append(" ".join(words[start:]))
    return lines
