import re


def to_snake(text):
    # A substitution per identifier with a Python callback for every capital (the pattern is looked up in re's
    # cache on every call).
    if not text:
        return ""
    out = []
    for name in text.split(" "):
        converted = re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), name)
        out.append(converted[1:] if converted.startswith("_") else converted)
    return " ".join(out)
