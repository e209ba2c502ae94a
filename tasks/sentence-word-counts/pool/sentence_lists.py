def sentence_checksum(text, abbreviations):
    # Builds the sentences as lists of words, then sums their numbered lengths.
    abbrevs = set(abbreviations)
    sentences = []
    current = []
    for word in text.split():
        current.append(word)
        core = word.rstrip("\"')")
        if core.endswith((".", "!", "?")) and word not in abbrevs:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sum(i * len(s) for i, s in enumerate(sentences, start=1))
