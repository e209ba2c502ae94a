import re


def rle_decode(code):
    # The counts and the characters are found by two separate scans and paired up again with zip.
    counts = re.findall(r"[0-9]+", code)
    chars = re.findall(r"[^0-9]", code)
    return "".join(ch * int(n) for n, ch in zip(counts, chars))
