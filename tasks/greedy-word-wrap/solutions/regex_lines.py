import re

_PATTERNS = {}


def wrap_lines(text, width):
    # After collapsing the whitespace to single spaces (and ending the text with one), a greedy line is the longest
    # run of at most `width` characters that starts at a word and is followed by a space; a word longer than `width`
    # is a line by itself. One regex match per line finds it in C (the engine backtracks at most one word, and the
    # trailing space is matched as a literal rather than by a lookahead), so no Python step runs per word or per
    # character.
    pattern = _PATTERNS.get(width)
    if pattern is None:
        pattern = _PATTERNS[width] = re.compile(r"(\S.{0,%d}|\S+) " % (width - 1))
    return pattern.findall(" ".join(text.split()) + " ")
