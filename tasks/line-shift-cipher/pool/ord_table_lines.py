def line_cipher(text, key):
    # A 128-entry list of shifted characters per key letter, indexed by ord() for ASCII characters.
    tables = []
    for k in key:
        s = ord(k) - 97
        row = [chr(c) for c in range(128)]
        for c in range(26):
            row[97 + c] = chr(97 + (c + s) % 26)
            row[65 + c] = chr(65 + (c + s) % 26)
        tables.append(row)
    out = []
    for i, line in enumerate(text.split("\n")):
        row = tables[i % len(tables)]
        out.append("".join([row[ord(c)] if ord(c) < 128 else c for c in line]))
    return "\n".join(out)
