import re

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill_template(template, values):
    # The regex engine finds the placeholders; a Python loop copies the text between them and the values into a
    # list that is joined once.
    pieces = []
    last = 0
    for match in _PLACEHOLDER.finditer(template):
        name = match.group(1)
        if name in values:
            pieces.append(template[last:match.start()])
            pieces.append(values[name])
            last = match.end()
    pieces.append(template[last:])
    return "".join(pieces)
