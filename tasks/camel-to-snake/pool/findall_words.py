import re

_WORD = re.compile(r"[A-Z][^A-Z]*|^[^A-Z]+")


def to_snake(text):
    # Split each identifier into its words (a capital and what follows it up to the next capital), join with `_`.
    if not text:
        return ""
    return " ".join(["_".join(_WORD.findall(name)).lower() for name in text.split(" ")])
