import re


def fill_template(template, values):
    # A callback that rebuilds the list of keys for every placeholder before searching it.
    def replace(match):
        name = match.group(1)
        if name in list(values.keys()):
            return values[name]
        return match.group(0)

    return re.sub(r"\{([a-z0-9_]+)\}", replace, template)
