import re

_WORD = re.compile(r"\S+")


def sentence_checksum(text, abbreviations):
    # Walks the regex matches of the words, reading each one with group().
    abbrevs = set(abbreviations)
    counts = [0]
    for match in _WORD.finditer(text):
        word = match.group()
        counts[-1] += 1
        core = word.rstrip("\"')")
        if core and core[-1] in ".!?" and word not in abbrevs:
            counts.append(0)
    return sum(i * c for i, c in enumerate(counts, 1))
