def to_snake(text):
    # Character codes compared and shifted by hand (ord/chr per character) over the whole text, into one list.
    out = []
    previous = 32
    for ch in text:
        code = ord(ch)
        if 65 <= code <= 90:
            if previous != 32:
                out.append("_")
            out.append(chr(code + 32))
        else:
            out.append(ch)
        previous = code
    return "".join(out)
