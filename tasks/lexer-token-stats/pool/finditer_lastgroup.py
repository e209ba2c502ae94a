import re

_TOKEN = re.compile(r'(?P<id>[A-Za-z_][A-Za-z0-9_]*)|(?P<num>[0-9]+)|(?P<str>"[^"\n]*")|(?P<ws>[ \t\n]+)|(?P<sym>.)',
                    re.S)


def token_stats(src):
    # One match object per token (whitespace too), dispatched on the name of the group that matched.
    seen = set()
    ids = nums = strs = syms = 0
    for m in _TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "id":
            ids += 1
            seen.add(m.group())
        elif kind == "num":
            nums += int(m.group())
        elif kind == "str":
            strs += 1
        elif kind == "sym":
            syms += 1
    return (ids, len(seen), nums, strs, syms)
