def wrap_lines(text, width):
    # Split into words and grow each line as a string, checking its length after every word.
    lines = []
    line = ""
    for w in text.split():
        if not line:
            line = w
        elif len(line) + len(w) + 1 <= width:
            line += " " + w
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    return lines
