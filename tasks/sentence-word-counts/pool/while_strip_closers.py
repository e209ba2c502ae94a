def sentence_checksum(text, abbreviations):
    # Strips the closers one slice at a time before looking at the last character.
    abbrevs = set(abbreviations)
    total = 0
    sentence = 1
    count = 0
    for word in text.split():
        count += 1
        core = word
        while core and core[-1] in ("\"", "'", ")"):
            core = core[:-1]
        if core and core[-1] in (".", "!", "?") and word not in abbrevs:
            total += sentence * count
            sentence += 1
            count = 0
    if count:
        total += sentence * count
    return total
