def replay_keys(keys):
    # A doubly linked list in two index arrays (node 0 is a sentinel before the first character); the cursor is
    # the node just before it.
    chars = [""]
    nxt = [-1]
    prv = [-1]
    cur = 0
    for k in keys:
        if k == "<":
            if cur != 0:
                cur = prv[cur]
        elif k == ">":
            if nxt[cur] != -1:
                cur = nxt[cur]
        elif k == "#":
            if cur != 0:
                p, n = prv[cur], nxt[cur]
                nxt[p] = n
                if n != -1:
                    prv[n] = p
                cur = p
        else:
            i = len(chars)
            chars.append(k)
            n = nxt[cur]
            prv.append(cur)
            nxt.append(n)
            nxt[cur] = i
            if n != -1:
                prv[n] = i
            cur = i
    out = []
    i = nxt[0]
    while i != -1:
        out.append(chars[i])
        i = nxt[i]
    return "".join(out)
