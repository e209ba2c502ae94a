from itertools import groupby


def sentence_checksum(text, abbreviations):
    # Groups the characters by str.isspace and joins each non-space group into a word.
    abbrevs = set(abbreviations)
    total = 0
    sentence = 1
    count = 0
    for is_space, group in groupby(text, str.isspace):
        if is_space:
            continue
        word = "".join(group)
        count += 1
        core = word.rstrip("\"')")
        if core and core[-1] in ".!?" and word not in abbrevs:
            total += sentence * count
            sentence += 1
            count = 0
    if count:
        total += sentence * count
    return total
