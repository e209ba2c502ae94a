def rle_decode(code):
    # An index walks the code; the count is sliced out and converted, the run repeated and kept in a list.
    pieces = []
    i = 0
    n = len(code)
    while i < n:
        j = i
        while code[j].isdigit() and code[j].isascii():
            j += 1
        pieces.append(code[j] * int(code[i:j]))
        i = j + 1
    return "".join(pieces)
