from urllib.parse import urlparse


def query_keys(text):
    # The library way: urlparse each URL (it drops the fragment first, then takes what follows the first `?`),
    # split the query by hand (parse_qsl would decode escapes) and count keys in a dict.
    counts = {}
    pairs = 0
    if text:
        for url in text.split("\n"):
            query = urlparse(url).query
            for piece in query.split("&"):
                key = piece.split("=")[0]
                if key:
                    pairs += 1
                    if key in counts:
                        counts[key] += 1
                    else:
                        counts[key] = 1
    if not counts:
        return (0, 0, "", 0)
    best = None
    for key in counts:
        if best is None or counts[key] > counts[best] or (counts[key] == counts[best] and key < best):
            best = key
    return (pairs, len(counts), best, counts[best])
