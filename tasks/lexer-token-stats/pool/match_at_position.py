import re

_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUM = re.compile(r"[0-9]+")
_STR = re.compile(r'"[^"\n]*"')


def token_stats(src):
    # A Python loop over positions tries each token pattern at the current position with match(src, pos).
    ids = []
    total = strings = symbols = 0
    pos = 0
    n = len(src)
    while pos < n:
        ch = src[pos]
        if ch in " \t\n":
            pos += 1
            continue
        m = _ID.match(src, pos)
        if m:
            ids.append(m.group())
            pos = m.end()
            continue
        m = _NUM.match(src, pos)
        if m:
            total += int(m.group())
            pos = m.end()
            continue
        m = _STR.match(src, pos)
        if m:
            strings += 1
            pos = m.end()
            continue
        symbols += 1
        pos += 1
    return (len(ids), len(set(ids)), total, strings, symbols)
