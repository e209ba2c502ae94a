def line_cipher(text, key):
    # Per-shift bytes tables; the lines of the UTF-8 encoded text are translated in a Python loop (UTF-8 keeps
    # every ASCII byte as itself and uses no ASCII byte inside a multi-byte character).
    lower = b"abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    tables = []
    for k in key:
        s = ord(k) - ord("a")
        tables.append(bytes.maketrans(lower + upper, lower[s:] + lower[:s] + upper[s:] + upper[:s]))
    out = []
    for i, line in enumerate(text.encode("utf-8").split(b"\n")):
        out.append(line.translate(tables[i % len(tables)]))
    return b"\n".join(out).decode("utf-8")
