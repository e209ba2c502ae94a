def to_snake(text):
    # Characters are collected in a list and joined once per identifier (no concatenation, still one Python step per
    # character).
    result = []
    for name in text.split(" ") if text else []:
        parts = []
        for i, ch in enumerate(name):
            if ch.isupper():
                if i:
                    parts.append("_")
                parts.append(ch.lower())
            else:
                parts.append(ch)
        result.append("".join(parts))
    return " ".join(result)
