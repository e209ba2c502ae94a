def sentence_checksum(text, abbreviations):
    # Split into words, then walk them counting the words of the current sentence.
    abbrevs = set(abbreviations)
    total = 0
    sentence = 1
    count = 0
    for word in text.split():
        count += 1
        core = word.rstrip("\"')")
        if core and core[-1] in ".!?" and word not in abbrevs:
            total += sentence * count
            sentence += 1
            count = 0
    if count:
        total += sentence * count
    return total
