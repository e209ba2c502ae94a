def query_keys(text):
    # str.index with try/except to find the `?` and `#`; keys counted in a dict with try/except KeyError.
    counts = {}
    pairs = 0
    for url in text.split("\n"):
        try:
            url = url[:url.index("#")]
        except ValueError:
            pass
        try:
            query = url[url.index("?") + 1:]
        except ValueError:
            continue
        for piece in query.split("&"):
            try:
                key = piece[:piece.index("=")]
            except ValueError:
                key = piece
            if not key:
                continue
            pairs += 1
            try:
                counts[key] += 1
            except KeyError:
                counts[key] = 1
    if not counts:
        return (0, 0, "", 0)
    best = min(counts, key=lambda k: (-counts[k], k))
    return (pairs, len(counts), best, counts[best])
