import re

_STRING = re.compile(r'"[^"\n]*"')
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"[0-9]+")
_NUMBER_OR_BLANK = re.compile(r"[0-9]+|[ \t\n]+")


def token_stats(src):
    # Token kinds are peeled off in the order of preference, each by one regex pass in C that returns flat strings
    # (no per-token tuple or match object, no Python step per token): strings are counted and blanked first (a
    # quote that opens no string on its line stays a symbol), then identifiers are collected and blanked, then the
    # remaining digit runs are the numbers, and whatever is not a digit or whitespace after that is one symbol per
    # character.
    rest, strings = _STRING.subn(" ", src)
    idents = _IDENT.findall(rest)
    rest = _IDENT.sub(" ", rest)
    numbers = _NUMBER.findall(rest)
    symbols = len(_NUMBER_OR_BLANK.sub("", rest))
    return (len(idents), len(set(idents)), sum(map(int, numbers)), strings, symbols)
