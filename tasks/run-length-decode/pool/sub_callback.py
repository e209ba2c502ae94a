import re


def rle_decode(code):
    # re.sub replaces each run by its expansion through a Python callback.
    return re.sub(r"([0-9]+)([^0-9])", lambda m: m.group(2) * int(m.group(1)), code)
