import re

_CAPITAL = re.compile(r"(?<!^)([A-Z])")


def to_snake(text):
    # One precompiled substitution per identifier puts the `_` before every capital that is not first (the scan
    # runs in C), then lower() converts the letters; the per-identifier calls are the Python work left.
    if not text:
        return ""
    return " ".join([_CAPITAL.sub(r"_\1", name).lower() for name in text.split(" ")])
