from collections import Counter
import string

_KEEP = set(string.ascii_letters)
_TABLE = str.maketrans({chr(c): " " for c in range(128) if chr(c) not in _KEEP})


def top_words(text, k):
    # str.translate with a dict table turns separators into spaces; lower() and split() cut the words.
    counts = Counter(text.translate(_TABLE).lower().split())
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
