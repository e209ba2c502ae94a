def line_cipher(text, key):
    # Each line goes through map() with a lambda that looks its character up in the line's shift table.
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    tables = []
    for k in key:
        s = ord(k) - ord("a")
        t = dict(zip(lower + upper, lower[s:] + lower[:s] + upper[s:] + upper[:s]))
        tables.append(t)
    out = []
    for i, line in enumerate(text.split("\n")):
        t = tables[i % len(tables)]
        out.append("".join(map(lambda c: t.get(c, c), line)))
    return "\n".join(out)
