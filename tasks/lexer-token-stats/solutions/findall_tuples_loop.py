import re


def token_stats(src):
    # findall gives a tuple per token; a Python loop looks at which slot is filled.
    ids = []
    total = strings = symbols = 0
    for ident, num, string, sym in re.findall(r'([A-Za-z_][A-Za-z0-9_]*)|([0-9]+)|("[^"\n]*")|(\S)', src):
        if ident:
            ids.append(ident)
        elif num:
            total += int(num)
        elif string:
            strings += 1
        else:
            symbols += 1
    return (len(ids), len(set(ids)), total, strings, symbols)
