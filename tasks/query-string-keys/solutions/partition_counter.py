from collections import Counter


def query_keys(text):
    # str.partition cuts the fragment and finds the query of each URL; one Counter update per URL counts its keys.
    counts = Counter()
    for url in text.split("\n"):
        before, mark, query = url.partition("#")[0].partition("?")
        if query:
            counts.update(piece.partition("=")[0] for piece in query.split("&"))
    del counts[""]
    if not counts:
        return (0, 0, "", 0)
    top = max(counts.values())
    return (sum(counts.values()), len(counts), min(k for k, c in counts.items() if c == top), top)
