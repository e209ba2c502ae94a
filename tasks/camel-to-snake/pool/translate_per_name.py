_TABLE = str.maketrans({chr(c): "_" + chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def to_snake(text):
    # A translation table applied one identifier at a time, with a strip of the leading `_` per identifier.
    if not text:
        return ""
    return " ".join([name.translate(_TABLE).lstrip("_") for name in text.split(" ")])
