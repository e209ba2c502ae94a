import re

_CAPITAL = re.compile(r"(?<=[a-zA-Z0-9])([A-Z])")


def to_snake(text):
    # One template substitution over the whole text (a lookbehind keeps first capitals bare) and one lower().
    return _CAPITAL.sub(r"_\1", text).lower()
