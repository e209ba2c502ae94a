def wrap_lines(text, width):
    # split() finds the words in C; a Python loop places each word, keeping the words of the current line in a list
    # and its length in a counter.
    lines = []
    current = []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) <= width:
            current.append(word)
            length += 1 + len(word)
        else:
            if current:
                lines.append(" ".join(current))
            current = [word]
            length = len(word)
    if current:
        lines.append(" ".join(current))
    return lines
