import re


def top_words(text, k):
    # Words found by a regular expression, lower-cased and counted one by one in a dict, then fully sorted.
    counts = {}
    for w in re.findall(r"[A-Za-z]+", text):
        w = w.lower()
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    return ranked[:k]
