from collections import Counter

_TABLE = bytes(c | 32 if chr(c).isalpha() and c < 128 else 32 for c in range(256))


def top_words(text, k):
    # Bytes translation and split in C, but the words are decoded one by one before counting, and every distinct
    # word is sorted.
    words = [w.decode() for w in text.encode().translate(_TABLE).split()]
    counts = Counter(words)
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
