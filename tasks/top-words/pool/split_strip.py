import string


def top_words(text, k):
    # Replace every punctuation mark and digit one at a time with str.replace, then split and count by hand.
    for ch in string.punctuation + string.digits:
        text = text.replace(ch, " ")
    counts = {}
    for w in text.lower().split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
