from collections import Counter
from itertools import repeat
from operator import itemgetter


def query_keys(text):
    # A pipeline of map() calls over str.partition, so no Python bytecode runs per URL or per piece: cut each
    # fragment, take what follows the `?`, join all queries, split into pieces, keep what precedes each `=`.
    before_fragment = map(itemgetter(0), map(str.partition, text.split("\n"), repeat("#")))
    queries = map(itemgetter(2), map(str.partition, before_fragment, repeat("?")))
    pieces = "&".join(queries).split("&")
    counts = Counter(map(itemgetter(0), map(str.partition, pieces, repeat("="))))
    del counts[""]
    if not counts:
        return (0, 0, "", 0)
    top = max(counts.values())
    return (sum(counts.values()), len(counts), min(k for k, c in counts.items() if c == top), top)
