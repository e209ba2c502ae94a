from itertools import groupby


def rle_decode(code):
    # Alternating groups of digits and single characters; each group is joined back into a string.
    out = []
    count = 0
    for is_digit, grp in groupby(code, lambda c: "0" <= c <= "9"):
        text = "".join(grp)
        if is_digit:
            count = int(text)
        else:
            out.append(text * count)
    return "".join(out)
