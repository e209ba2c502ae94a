import re

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill_template(template, values):
    # The keys are copied into a list once and each placeholder's name is searched in it linearly.
    keys = list(values)
    pieces = []
    last = 0
    for match in _PLACEHOLDER.finditer(template):
        name = match.group(1)
        if name in keys:
            pieces.append(template[last:match.start()])
            pieces.append(values[name])
            last = match.end()
    pieces.append(template[last:])
    return "".join(pieces)
