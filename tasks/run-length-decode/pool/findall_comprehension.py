import re


def rle_decode(code):
    # Every run as a (count, character) pair from findall, repeated in a list comprehension.
    return "".join([ch * int(n) for n, ch in re.findall(r"([0-9]+)([^0-9])", code)])
