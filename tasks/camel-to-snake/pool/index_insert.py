def to_snake(text):
    # Copy each identifier into a list, insert `_` before capitals from the right (list.insert shifts the tail) and
    # lowercase the identifier at the end.
    if not text:
        return ""
    result = []
    for name in text.split(" "):
        chars = list(name)
        for i in range(len(chars) - 1, 0, -1):
            if chars[i].isupper():
                chars.insert(i, "_")
        result.append("".join(chars).lower())
    return " ".join(result)
