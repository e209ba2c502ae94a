import re


def wrap_lines(text, width):
    # Collapse whitespace with a regex, then walk the collapsed text by index, remembering the last space that still
    # fits and cutting the line there.
    flat = re.sub(r"\s+", " ", text).strip()
    lines = []
    start = 0
    n = len(flat)
    while start < n:
        if n - start <= width:
            lines.append(flat[start:])
            break
        cut = -1
        i = start
        while i <= start + width:
            if flat[i] == " ":
                cut = i
            i += 1
        if cut == -1:
            cut = flat.find(" ", start)
            if cut == -1:
                lines.append(flat[start:])
                break
        lines.append(flat[start:cut])
        start = cut + 1
    return lines
