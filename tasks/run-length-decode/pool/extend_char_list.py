import re


def rle_decode(code):
    # Each run becomes a list of single characters that extends the output list; join glues them back together.
    out = []
    for n, ch in re.findall(r"([0-9]+)([^0-9])", code):
        out.extend([ch] * int(n))
    return "".join(out)
