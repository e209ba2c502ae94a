import string


def to_snake(text):
    # A character loop that rebuilds the set of capitals for every identifier and copies it into a list first.
    if not text:
        return ""
    result = []
    for name in text.split(" "):
        capitals = set(string.ascii_uppercase)
        chars = list(name)
        out = ""
        for i in range(len(chars)):
            if chars[i] in capitals:
                out = out + ("_" if i > 0 else "") + chars[i].lower()
            else:
                out = out + chars[i]
        result.append(out)
    return " ".join(result)
