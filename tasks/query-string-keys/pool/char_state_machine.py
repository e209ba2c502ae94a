def query_keys(text):
    # One Python step per character: a state machine over the whole text (path, query key, query value, fragment)
    # that grows each key by concatenation and counts it in a dict at the end of its piece.
    counts = {}
    pairs = 0
    state = "path"
    key = ""
    for ch in text + "\n":
        if ch == "\n":
            if state == "key" and key:
                counts[key] = counts.get(key, 0) + 1
                pairs += 1
            state = "path"
            key = ""
        elif state == "path":
            if ch == "?":
                state = "key"
            elif ch == "#":
                state = "fragment"
        elif state == "key" or state == "value":
            if ch == "#":
                if state == "key" and key:
                    counts[key] = counts.get(key, 0) + 1
                    pairs += 1
                state = "fragment"
                key = ""
            elif ch == "&":
                if state == "key" and key:
                    counts[key] = counts.get(key, 0) + 1
                    pairs += 1
                state = "key"
                key = ""
            elif state == "key":
                if ch == "=":
                    if key:
                        counts[key] = counts.get(key, 0) + 1
                        pairs += 1
                    state = "value"
                    key = ""
                else:
                    key += ch
    if not counts:
        return (0, 0, "", 0)
    best = min(counts, key=lambda k: (-counts[k], k))
    return (pairs, len(counts), best, counts[best])
