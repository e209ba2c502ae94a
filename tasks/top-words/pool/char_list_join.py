def top_words(text, k):
    # One pass over the characters, collecting the current word's characters in a list.
    counts = {}
    buf = []
    for ch in text.lower() + " ":
        if ch.isalpha():
            buf.append(ch)
        elif buf:
            w = "".join(buf)
            counts[w] = counts.get(w, 0) + 1
            buf = []
    return sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:k]
