import re

_RUN = re.compile(r"([0-9]+)([^0-9])")


def rle_decode(code):
    # A match object per run; its groups give the count and the character.
    out = []
    for m in _RUN.finditer(code):
        out.append(m.group(2) * int(m.group(1)))
    return "".join(out)
