import re

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill_template(template, values):
    # re.split puts names at odd positions; a comprehension over every part looks each name up.
    parts = _PLACEHOLDER.split(template)
    return "".join([part if i % 2 == 0 else values.get(part, "{" + part + "}") for i, part in enumerate(parts)])
