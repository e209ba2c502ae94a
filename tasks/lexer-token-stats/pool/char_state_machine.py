def token_stats(src):
    # A character-at-a-time state machine: the current token's text is grown by concatenation and classified when
    # a character that cannot extend it arrives. An open string that meets a newline (or the end) is re-read: its
    # quote is a symbol and the characters after it are lexed again.
    idents = []
    number_sum = 0
    strings = 0
    symbols = 0
    state = None
    token = ""
    i = 0
    n = len(src)
    while i <= n:
        ch = src[i] if i < n else "\n"
        if state == "ident":
            if ch.isalnum() and ch.isascii() or ch == "_":
                token = token + ch
                i += 1
                continue
            idents.append(token)
            state = None
        elif state == "number":
            if ch.isdigit():
                token = token + ch
                i += 1
                continue
            number_sum += int(token)
            state = None
        elif state == "string":
            if ch == '"':
                strings += 1
                state = None
                i += 1
                continue
            if ch == "\n":
                symbols += 1
                state = None
                i = i - len(token) + 1
                continue
            token = token + ch
            i += 1
            continue
        if i == n:
            break
        if ch == " " or ch == "\t" or ch == "\n":
            pass
        elif ch.isalpha() or ch == "_":
            state = "ident"
            token = ch
        elif ch.isdigit():
            state = "number"
            token = ch
        elif ch == '"':
            state = "string"
            token = ch
        else:
            symbols += 1
        i += 1
    return (len(idents), len(set(idents)), number_sum, strings, symbols)
