def top_words(text, k):
    # Walk the text by index one character at a time, growing the current word by concatenation.
    counts = {}
    word = ""
    for i in range(len(text)):
        ch = text[i]
        if ch.isalpha():
            word = word + ch.lower()
        elif word != "":
            counts[word] = counts.get(word, 0) + 1
            word = ""
    if word != "":
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    return ranked[:k]
