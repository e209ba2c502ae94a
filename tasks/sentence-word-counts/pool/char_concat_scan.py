def sentence_checksum(text, abbreviations):
    # A character scanner: letters are added to the current word with +=, and a word is judged when whitespace
    # (or the end of the text) closes it; the closers are skipped with an index loop.
    abbrevs = set(abbreviations)
    total = 0
    sentence = 1
    count = 0
    word = ""
    for ch in text + " ":
        if ch.isspace():
            if word:
                count += 1
                i = len(word) - 1
                while i >= 0 and word[i] in "\"')":
                    i -= 1
                if i >= 0 and word[i] in ".!?" and word not in abbrevs:
                    total += sentence * count
                    sentence += 1
                    count = 0
                word = ""
        else:
            word += ch
    if count:
        total += sentence * count
    return total
