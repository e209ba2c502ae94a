import re


def sentence_checksum(text, abbreviations):
    # Tokenise with a regex, then walk the tokens.
    abbrevs = set(abbreviations)
    lengths = []
    count = 0
    for word in re.findall(r"\S+", text):
        count += 1
        core = word.rstrip("\"')")
        if core and core[-1] in ".!?" and word not in abbrevs:
            lengths.append(count)
            count = 0
    if count:
        lengths.append(count)
    return sum(k * c for k, c in enumerate(lengths, 1))
