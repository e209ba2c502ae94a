import re

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill_template(template, values):
    # re.split with one capturing group puts the text at even positions and the placeholder names at odd ones.
    # A lookup table for the distinct names (their value, or the placeholder itself when the name is no key) lets
    # map() replace all the names in C, and one join builds the result: the only Python loop is over distinct
    # names.
    parts = _PLACEHOLDER.split(template)
    names = parts[1::2]
    table = {name: "{" + name + "}" for name in set(names).difference(values)}
    table.update(values)
    parts[1::2] = map(table.__getitem__, names)
    return "".join(parts)
