def sentence_checksum(text, abbreviations):
    # A comprehension marks the sentence-ending words; a second pass numbers the sentences.
    abbrevs = set(abbreviations)
    words = text.split()
    ends = [w.rstrip("\"')")[-1:] in (".", "!", "?") and w not in abbrevs for w in words]
    total = 0
    sentence = 1
    for end in ends:
        total += sentence
        if end:
            sentence += 1
    return total
