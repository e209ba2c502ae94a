import heapq
from collections import Counter

# Every byte that is not an ASCII letter becomes a space; letters become lower case.
_TABLE = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def top_words(text, k):
    # The text is ASCII, so its bytes are its characters: one bytes.translate maps separators to spaces and letters
    # to lower case, split() cuts the words and Counter counts them, all in C. Only the k best are ordered.
    counts = Counter(text.encode("ascii").translate(_TABLE).split())
    best = heapq.nsmallest(k, counts.items(), key=lambda wc: (-wc[1], wc[0]))
    return [(w.decode("ascii"), c) for w, c in best]
