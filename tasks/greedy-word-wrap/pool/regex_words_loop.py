import re


def wrap_lines(text, width):
    # Words found by a regular expression, placed by a Python loop over match objects.
    lines = []
    line = ""
    for m in re.finditer(r"[^ \t\n]+", text):
        w = m.group()
        if line and len(line) + 1 + len(w) <= width:
            line = line + " " + w
        else:
            if line:
                lines.append(line)
            line = w
    if line:
        lines.append(line)
    return lines
