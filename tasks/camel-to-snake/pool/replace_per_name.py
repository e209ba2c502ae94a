import string


def to_snake(text):
    # The expert's replace passes, but run on each identifier separately (26 calls per identifier).
    if not text:
        return ""
    result = []
    for name in text.split(" "):
        for upper in string.ascii_uppercase:
            name = name.replace(upper, "_" + upper.lower())
        result.append(name.lstrip("_"))
    return " ".join(result)
