def sentence_checksum(text, abbreviations):
    # Rebuilds every sentence as a string with +=, then splits it again to count its words.
    abbrevs = set(abbreviations)
    sentences = []
    current = ""
    for word in text.split():
        current += word + " "
        core = word.rstrip("\"')")
        if core and core[-1] in ".!?" and word not in abbrevs:
            sentences.append(current.strip())
            current = ""
    if current:
        sentences.append(current.strip())
    total = 0
    for i, sentence in enumerate(sentences):
        total += (i + 1) * len(sentence.split())
    return total
