def sentence_checksum(text, abbreviations):
    # A two-pointer tokeniser over indices: skip whitespace, then advance to the end of the word, slice it out
    # and judge it.
    abbrevs = set(abbreviations)
    total = 0
    sentence = 1
    count = 0
    i = 0
    n = len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i == n:
            break
        j = i
        while j < n and not text[j].isspace():
            j += 1
        word = text[i:j]
        i = j
        count += 1
        k = len(word) - 1
        while k >= 0 and word[k] in "\"')":
            k -= 1
        if k >= 0 and word[k] in ".!?" and word not in abbrevs:
            total += sentence * count
            sentence += 1
            count = 0
    if count:
        total += sentence * count
    return total
