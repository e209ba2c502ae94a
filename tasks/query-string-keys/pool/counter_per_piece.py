from collections import Counter


def query_keys(text):
    # Counter incremented one piece at a time; the fragment and query found with split on each URL.
    counts = Counter()
    pairs = 0
    for url in text.split("\n"):
        parts = url.split("#", 1)[0].split("?", 1)
        if len(parts) < 2:
            continue
        for piece in parts[1].split("&"):
            key = piece.split("=", 1)[0]
            if key:
                counts[key] += 1
                pairs += 1
    if not pairs:
        return (0, 0, "", 0)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return (pairs, len(counts), ranked[0][0], ranked[0][1])
