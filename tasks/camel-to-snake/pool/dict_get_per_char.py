_MAP = {chr(c): "_" + chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}


def to_snake(text):
    # A dictionary lookup per character inside a comprehension, joined per identifier.
    if not text:
        return ""
    result = []
    for name in text.split(" "):
        converted = "".join([_MAP.get(ch, ch) for ch in name])
        result.append(converted[1:] if converted[0] == "_" else converted)
    return " ".join(result)
