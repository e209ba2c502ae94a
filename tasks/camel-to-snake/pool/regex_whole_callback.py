import re

_CAPITAL = re.compile(r"[A-Z]")


def to_snake(text):
    # One substitution over the whole text, but each capital calls back into Python, which also checks whether it
    # starts an identifier.
    def replace(match):
        i = match.start()
        low = match.group().lower()
        return low if i == 0 or text[i - 1] == " " else "_" + low

    return _CAPITAL.sub(replace, text)
