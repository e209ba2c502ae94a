import re
from collections import Counter


def top_words(text, k):
    # Counter.most_common orders by count only, so every distinct word is taken and re-sorted to break ties.
    counts = Counter(w.lower() for w in re.findall(r"[a-zA-Z]+", text))
    everything = counts.most_common()
    everything.sort(key=lambda wc: (-wc[1], wc[0]))
    return everything[:k]
