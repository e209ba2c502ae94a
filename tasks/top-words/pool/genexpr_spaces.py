from collections import Counter


def top_words(text, k):
    # Replace every non-letter by a space with a generator expression over the characters, then split.
    cleaned = "".join(c if c.isalpha() else " " for c in text.lower())
    counts = Counter(cleaned.split())
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
