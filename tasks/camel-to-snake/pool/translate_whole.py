_TABLE = str.maketrans({chr(c): "_" + chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def to_snake(text):
    # The whole text translated in one call; a table of one-to-many entries takes str.translate's general path, a
    # dict lookup per character. The `_` of first capitals (at the start or after a space) is dropped afterwards.
    return (" " + text).translate(_TABLE).replace(" _", " ")[1:]
