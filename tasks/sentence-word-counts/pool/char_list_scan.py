def sentence_checksum(text, abbreviations):
    # A character scanner: the characters of the current word are collected in a list and joined when whitespace
    # (or the end of the text) closes the word, which is then judged.
    abbrevs = set(abbreviations)
    total = 0
    sentence = 1
    count = 0
    current = []
    for ch in text + " ":
        if ch.isspace():
            if current:
                word = "".join(current)
                current = []
                count += 1
                core = word.rstrip("\"')")
                if core and core[-1] in ".!?" and word not in abbrevs:
                    total += sentence * count
                    sentence += 1
                    count = 0
        else:
            current.append(ch)
    if count:
        total += sentence * count
    return total
