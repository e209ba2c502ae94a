import re
from collections import Counter


def top_words(text, k):
    # Split on runs of non-letters; the empty strings at the ends are dropped.
    words = [w for w in re.split(r"[^a-z]+", text.lower()) if w]
    counts = Counter(words)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return [(w, counts[w]) for w in ranked[:k]]
