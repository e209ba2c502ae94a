def token_stats(src):
    # Walk the source by index; each token kind has an inner loop that advances to the token's end, and the token's
    # text is sliced out.
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"
    digits = "0123456789"
    ident_chars = letters + digits
    n = len(src)
    i = 0
    idents = []
    number_sum = 0
    strings = 0
    symbols = 0
    while i < n:
        ch = src[i]
        if ch in " \t\n":
            i += 1
        elif ch in letters:
            j = i + 1
            while j < n and src[j] in ident_chars:
                j += 1
            idents.append(src[i:j])
            i = j
        elif ch in digits:
            j = i + 1
            while j < n and src[j] in digits:
                j += 1
            number_sum += int(src[i:j])
            i = j
        elif ch == '"':
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
    return (len(idents), len(set(idents)), number_sum, strings, symbols)
