import re

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill_template(template, values):
    # str.find jumps to each `{` and the compiled pattern is matched there; the output grows by +=.
    out = ""
    last = 0
    i = template.find("{")
    while i != -1:
        match = _PLACEHOLDER.match(template, i)
        if match and match.group(1) in values:
            out += template[last:i] + values[match.group(1)]
            last = match.end()
            i = template.find("{", last)
        else:
            i = template.find("{", i + 1)
    return out + template[last:]
