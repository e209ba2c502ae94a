def line_cipher(text, key):
    # Lines that share a key letter are joined and translated in one str.translate call, then split again and put
    # back in their places.
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    lines = text.split("\n")
    m = len(key)
    out = [None] * len(lines)
    for j in range(min(m, len(lines))):
        s = ord(key[j]) - 97
        table = str.maketrans(lower + upper, lower[s:] + lower[:s] + upper[s:] + upper[:s])
        out[j::m] = "\n".join(lines[j::m]).translate(table).split("\n")
    return "\n".join(out)
