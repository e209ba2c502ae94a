import re

_BRACED = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"[a-z0-9_]+")


def fill_template(template, values):
    # Every brace pair with no brace inside is a candidate; the callback validates the name with a second regex.
    def replace(match):
        name = match.group(1)
        if _NAME.fullmatch(name) and name in values:
            return values[name]
        return match.group(0)

    return _BRACED.sub(replace, template)
