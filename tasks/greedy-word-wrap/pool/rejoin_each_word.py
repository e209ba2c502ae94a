def wrap_lines(text, width):
    # Keep the words of the current line in a list and measure the joined line again for every new word.
    lines = []
    current = []
    for w in text.split():
        if not current or len(" ".join(current + [w])) <= width:
            current.append(w)
        else:
            lines.append(" ".join(current))
            current = [w]
    if current:
        lines.append(" ".join(current))
    return lines
