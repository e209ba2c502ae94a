def query_keys(text):
    # Per URL, a character loop that collects each key's characters in a list and joins them at a `=`, `&` or end.
    counts = {}
    for url in text.split("\n"):
        in_query = False
        in_key = False
        key_chars = []
        for ch in url:
            if ch == "#":
                break
            if not in_query:
                if ch == "?":
                    in_query = True
                    in_key = True
                continue
            if ch == "&":
                if in_key and key_chars:
                    key = "".join(key_chars)
                    counts[key] = counts.get(key, 0) + 1
                key_chars = []
                in_key = True
            elif ch == "=" and in_key:
                if key_chars:
                    key = "".join(key_chars)
                    counts[key] = counts.get(key, 0) + 1
                key_chars = []
                in_key = False
            elif in_key:
                key_chars.append(ch)
        if in_key and key_chars:
            key = "".join(key_chars)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return (0, 0, "", 0)
    best = sorted(counts, key=lambda k: (-counts[k], k))[0]
    return (sum(counts.values()), len(counts), best, counts[best])
