def line_cipher(text, key):
    # A dict per key letter maps each letter to its shifted letter; every line is mapped through dict.get with the
    # character itself as the default, so the per-character work stays in C.
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    tables = []
    for k in key:
        s = ord(k) - ord("a")
        table = dict(zip(lower, lower[s:] + lower[:s]))
        table.update(zip(upper, upper[s:] + upper[:s]))
        tables.append(table)
    m = len(tables)
    out = []
    for i, line in enumerate(text.split("\n")):
        get = tables[i % m].get
        out.append("".join(map(get, line, line)))
    return "\n".join(out)
