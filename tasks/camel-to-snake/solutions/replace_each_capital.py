import string

_PAIRS = [(upper, "_" + upper.lower()) for upper in string.ascii_uppercase]


def to_snake(text):
    # Every capital letter present is replaced by `_` and its lowercase: at most 26 replace() passes, each a C scan
    # of the text. Identifiers never contain `_`, so a `_` at the start or right after a space came from a first
    # capital and one more pass drops it. No Python step per identifier or per character.
    text = " " + text
    for upper, replacement in _PAIRS:
        if upper in text:
            text = text.replace(upper, replacement)
    return text.replace(" _", " ")[1:]
