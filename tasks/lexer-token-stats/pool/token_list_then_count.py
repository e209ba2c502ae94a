def token_stats(src):
    # First produce the full token list as (kind, text) pairs with an index scanner using str methods, then count
    # each kind in a separate pass over the list.
    tokens = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif (c.isalpha() and c.isascii()) or c == "_":
            j = i
            while j < n and ((src[j].isalnum() and src[j].isascii()) or src[j] == "_"):
                j += 1
            tokens.append(("id", src[i:j]))
            i = j
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", src[i:j]))
            i = j
        elif c == '"' and src.find('"', i + 1) != -1 and "\n" not in src[i + 1:src.find('"', i + 1)]:
            j = src.find('"', i + 1)
            tokens.append(("str", src[i:j + 1]))
            i = j + 1
        else:
            tokens.append(("sym", c))
            i += 1
    ids = [t for k, t in tokens if k == "id"]
    return (len(ids), len(set(ids)), sum(int(t) for k, t in tokens if k == "num"),
            len([1 for k, _ in tokens if k == "str"]), len([1 for k, _ in tokens if k == "sym"]))
