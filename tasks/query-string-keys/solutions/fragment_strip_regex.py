import re
from collections import Counter

# A fragment: from a `#` to the end of its line (the first `#` of a line starts the line's fragment).
_FRAGMENT = re.compile("#[^\n]*")
# The query of a line once fragments are gone: what follows the line's first `?`. Each match starts at a line's
# `\n`, a literal the regex engine finds by a fast scan instead of trying a match at every position.
_QUERY = re.compile(r"\n[^?\n]*\?([^\n]*)")
# A key: a non-empty run of characters other than `&` and `=` right after a piece's `&`.
_KEY = re.compile(r"&([^&=]+)")


def query_keys(text):
    # Three regex passes in C, each anchored on a literal (`#`, `\n`, `&`) so the engine skips to it: drop every
    # fragment, find every query, then (queries joined with a leading `&` per piece) every non-empty key. Counter
    # counts the keys in C; only the distinct keys are looked at in Python.
    queries = _QUERY.findall("\n" + _FRAGMENT.sub("", text))
    keys = _KEY.findall("&" + "&".join(queries))
    if not keys:
        return (0, 0, "", 0)
    counts = Counter(keys)
    top = max(counts.values())
    return (len(keys), len(counts), min(k for k, c in counts.items() if c == top), top)
