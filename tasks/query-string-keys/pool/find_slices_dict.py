def query_keys(text):
    # find() locates the fragment and the query of each URL, slices cut them out, dict.get counts the keys.
    counts = {}
    for url in text.split("\n"):
        hash_at = url.find("#")
        if hash_at != -1:
            url = url[:hash_at]
        q = url.find("?")
        if q == -1:
            continue
        for piece in url[q + 1:].split("&"):
            eq = piece.find("=")
            key = piece if eq == -1 else piece[:eq]
            if key:
                counts[key] = counts.get(key, 0) + 1
    if not counts:
        return (0, 0, "", 0)
    top = max(counts.values())
    best = min(k for k in counts if counts[k] == top)
    return (sum(counts.values()), len(counts), best, top)
