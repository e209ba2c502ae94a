import string

_START = list(string.ascii_letters + "_")
_PART = list(string.ascii_letters + string.digits + "_")
_DIGITS = list(string.digits)


def token_stats(src):
    # Character classes held as lists, so every membership test scans a list.
    ids = set()
    n_ids = total = strings = symbols = 0
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c in (" ", "\t", "\n"):
            i += 1
        elif c in _START:
            j = i + 1
            while j < n and src[j] in _PART:
                j += 1
            n_ids += 1
            ids.add(src[i:j])
            i = j
        elif c in _DIGITS:
            j = i + 1
            while j < n and src[j] in _DIGITS:
                j += 1
            total += int(src[i:j])
            i = j
        elif c == '"':
            end = src.find('"', i + 1)
            line_end = src.find("\n", i + 1)
            if end != -1 and (line_end == -1 or end < line_end):
                strings += 1
                i = end + 1
            else:
                symbols += 1
                i += 1
        else:
            symbols += 1
            i += 1
    return (n_ids, len(ids), total, strings, symbols)
