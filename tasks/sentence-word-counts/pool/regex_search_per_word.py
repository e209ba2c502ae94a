import re

_END = re.compile(r"[.!?][\"')]*$")


def sentence_checksum(text, abbreviations):
    # Each word is tested against a compiled end-of-sentence regex.
    abbrevs = set(abbreviations)
    total = 0
    sentence = 1
    count = 0
    for word in text.split():
        count += 1
        if _END.search(word) and word not in abbrevs:
            total += sentence * count
            sentence += 1
            count = 0
    if count:
        total += sentence * count
    return total
