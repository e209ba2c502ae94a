def wrap_lines(text, width):
    # Every candidate line is built as a new string before its length is checked.
    lines = []
    line = None
    for w in text.split():
        if line is None:
            line = w
            continue
        candidate = line + " " + w
        if len(candidate) <= width:
            line = candidate
        else:
            lines.append(line)
            line = w
    if line is not None:
        lines.append(line)
    return lines
