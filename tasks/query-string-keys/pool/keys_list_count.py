def query_keys(text):
    # All keys are collected in one list; each distinct key is then counted with list.count, a scan of the whole
    # list per distinct key.
    keys = []
    for url in text.split("\n"):
        query = url.split("#")[0].split("?", 1)
        if len(query) == 2:
            for piece in query[1].split("&"):
                key = piece.split("=")[0]
                if key:
                    keys.append(key)
    if not keys:
        return (0, 0, "", 0)
    best, top = "", 0
    for key in sorted(set(keys)):
        count = keys.count(key)
        if count > top:
            best, top = key, count
    return (len(keys), len(set(keys)), best, top)
