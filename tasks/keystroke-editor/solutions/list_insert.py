def replay_keys(keys):
    # One list of characters and a cursor index: every insertion or deletion shifts the tail of the list.
    text = []
    cur = 0
    for k in keys:
        if k == "<":
            if cur > 0:
                cur -= 1
        elif k == ">":
            if cur < len(text):
                cur += 1
        elif k == "#":
            if cur > 0:
                cur -= 1
                text.pop(cur)
        else:
            text.insert(cur, k)
            cur += 1
    return "".join(text)
