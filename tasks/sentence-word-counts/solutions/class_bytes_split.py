import re
from itertools import accumulate, repeat
from operator import add, mul, not_

# Every Latin-1 character mapped to its class: whitespace (as str.isspace() says) to " ", the terminators .!? to
# ".", the closers "') to ")", anything else to "x"; and a second table that only tells whitespace from the rest.
_CLASSES = bytes(32 if chr(c).isspace() else 46 if chr(c) in ".!?" else 41 if chr(c) in "\"')" else 120
                 for c in range(256))
_SPACES = bytes(32 if chr(c).isspace() else 120 for c in range(256))
# In the class string, a sentence-ending word ends with a terminator and closers, followed by whitespace or the end.
_END = re.compile(rb"(\.\)*)(?= |\Z)")


def sentence_checksum(text, abbreviations):
    # Works on bytes so that each step is one C pass over the text: the text is encoded to Latin-1 and translated
    # to character classes; one regex split finds the end of every sentence-ending word (the lengths of the split's
    # pieces, accumulated, are the positions); bytes.count of " x" between consecutive ends counts each sentence's
    # words; bytes.rfind finds each end word's start so it can be compared with the abbreviations. A leading " "
    # makes the first word start like any other. Text outside Latin-1 takes a plain word loop.
    try:
        raw = b" " + text.encode("latin-1")
    except UnicodeEncodeError:
        return _word_loop(text, abbreviations)
    classes = raw.translate(_CLASSES)
    spaces = raw.translate(_SPACES)
    parts = _END.split(classes)
    ends = list(accumulate(map(len, parts)))[1::2]
    starts = [0]
    starts += ends
    counts = map(spaces.count, repeat(b" x"), starts, ends + [len(raw)])
    abbrevs = set()
    for a in abbreviations:
        try:
            abbrevs.add(a.encode("latin-1"))
        except UnicodeEncodeError:
            pass
    if abbrevs:
        word_starts = map(add, map(spaces.rfind, repeat(b" "), repeat(0), ends), repeat(1))
        words = map(raw.__getitem__, map(slice, word_starts, ends))
        numbers = accumulate(map(not_, map(abbrevs.__contains__, words)), initial=1)
    else:
        numbers = range(1, len(ends) + 2)
    return sum(map(mul, counts, numbers))


def _word_loop(text, abbreviations):
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
    return total + sentence * count
