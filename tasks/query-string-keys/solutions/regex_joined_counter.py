import re
from collections import Counter

# The query of a line: after the line's first `?`, up to a `#` or the line's end, provided no `#` came before it.
_QUERY = re.compile(r"^[^?#\n]*\?([^#\n]*)", re.MULTILINE)
# A key: a non-empty run of characters other than `&` and `=` right at the start of a piece.
_KEY = re.compile(r"(?:^|&)([^&=]+)")


def query_keys(text):
    # Two regex passes in C: one finds every URL's query, and after the queries are joined by `&` (an empty piece
    # between URLs counts for nothing) the second finds every piece's key. Counter counts them in C; only the
    # distinct keys are looked at in Python.
    keys = _KEY.findall("&".join(_QUERY.findall(text)))
    if not keys:
        return (0, 0, "", 0)
    counts = Counter(keys)
    top = max(counts.values())
    return (len(keys), len(counts), min(k for k, c in counts.items() if c == top), top)
