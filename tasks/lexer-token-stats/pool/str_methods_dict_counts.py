def token_stats(src):
    # An index scanner using str methods for the character classes; identifiers are counted in a dict.
    counts = {}
    total = strings = symbols = 0
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == " " or c == "\t" or c == "\n":
            i += 1
        elif c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z"):
            j = i + 1
            while j < n and (src[j] == "_" or src[j].isalnum()):
                j += 1
            word = src[i:j]
            counts[word] = counts.get(word, 0) + 1
            i = j
        elif "0" <= c <= "9":
            j = i + 1
            while j < n and "0" <= src[j] <= "9":
                j += 1
            total += int(src[i:j])
            i = j
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"' and src[j] != "\n":
                j += 1
            if j < n and src[j] == '"':
                strings += 1
                i = j + 1
            else:
                symbols += 1
                i += 1
        else:
            symbols += 1
            i += 1
    return (sum(counts.values()), len(counts), total, strings, symbols)
