from itertools import groupby


def top_words(text, k):
    # Group consecutive characters by whether they are letters; each group of letters is a word.
    counts = {}
    for is_letter, grp in groupby(text.lower(), str.isalpha):
        if is_letter:
            w = "".join(grp)
            counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
