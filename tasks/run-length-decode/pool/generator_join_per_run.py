def rle_decode(code):
    # Counts parsed character by character; each run is built by joining a generator of its characters.
    out = []
    num = ""
    for ch in code:
        if ch in "0123456789":
            num += ch
        else:
            out.append("".join(ch for _ in range(int(num))))
            num = ""
    return "".join(out)
