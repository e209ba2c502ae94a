import re
from collections import Counter

_QUERY = re.compile(r"^[^?#\n]*\?([^#\n]*)", re.MULTILINE)


def query_keys(text):
    # One regex pass finds all queries; each is split into pieces and keys in Python and counted with one Counter.
    keys = []
    for query in _QUERY.findall(text):
        for piece in query.split("&"):
            key = piece.partition("=")[0]
            if key:
                keys.append(key)
    if not keys:
        return (0, 0, "", 0)
    counts = Counter(keys)
    top = max(counts.values())
    return (len(keys), len(counts), min(k for k, c in counts.items() if c == top), top)
