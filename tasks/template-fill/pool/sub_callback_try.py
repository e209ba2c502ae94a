import re


def fill_template(template, values):
    # re.sub with the pattern as a string (looked up in re's cache) and a named callback using try/except.
    def replace(match):
        try:
            return values[match.group(1)]
        except KeyError:
            return match.group(0)

    return re.sub(r"\{([a-z0-9_]+)\}", replace, template)
