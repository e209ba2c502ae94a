import re
from collections import defaultdict

_WORD = re.compile(r"[A-Za-z]+")


def top_words(text, k):
    # Iterate over match objects and count the lower-cased words in a defaultdict.
    counts = defaultdict(int)
    for m in _WORD.finditer(text):
        counts[m.group().lower()] += 1
    items = list(counts.items())
    items.sort(key=lambda wc: wc[0])
    items.sort(key=lambda wc: wc[1], reverse=True)
    return items[:k]
