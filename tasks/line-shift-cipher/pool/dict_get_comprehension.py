def line_cipher(text, key):
    # A dict per key letter; each line is rebuilt by a list comprehension of dict lookups.
    lower = "abcdefghijklmnopqrstuvwxyz"
    tables = []
    for k in key:
        s = ord(k) - ord("a")
        table = {c: lower[(j + s) % 26] for j, c in enumerate(lower)}
        table.update({c.upper(): v.upper() for c, v in table.items()})
        tables.append(table)
    out = []
    for i, line in enumerate(text.split("\n")):
        table = tables[i % len(tables)]
        out.append("".join([table.get(c, c) for c in line]))
    return "\n".join(out)
