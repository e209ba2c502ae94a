def line_cipher(text, key):
    # str.maketrans tables, one per key letter, applied to each line with str.translate.
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    tables = []
    for k in key:
        s = ord(k) - ord("a")
        tables.append(str.maketrans(lower + upper, lower[s:] + lower[:s] + upper[s:] + upper[:s]))
    lines = text.split("\n")
    return "\n".join(line.translate(tables[i % len(tables)]) for i, line in enumerate(lines))
