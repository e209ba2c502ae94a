import re
from collections import Counter


def top_words(text, k):
    # Lower-case the whole text, then find the words with a regular expression and count them with Counter.
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
