from collections import defaultdict
from urllib.parse import urlsplit


def query_keys(text):
    # urlsplit per URL, keys counted in a defaultdict; the top key is found by sorting all the counts.
    counts = defaultdict(int)
    for url in text.split("\n") if text else []:
        for piece in urlsplit(url).query.split("&"):
            key = piece.partition("=")[0]
            if key:
                counts[key] += 1
    if not counts:
        return (0, 0, "", 0)
    key, count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return (sum(counts.values()), len(counts), key, count)
