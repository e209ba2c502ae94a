import re

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill_template(template, values):
    # One substitution pass in C with a Python callback per placeholder.
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
