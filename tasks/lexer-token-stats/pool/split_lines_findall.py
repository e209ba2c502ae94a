import re

_TOKEN = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)|([0-9]+)|("[^"]*")|(\S)')


def token_stats(src):
    # Lex line by line (strings cannot cross lines), accumulating counts per line.
    seen = set()
    n_ids = total = strings = symbols = 0
    for line in src.split("\n"):
        for ident, num, string_, sym in _TOKEN.findall(line):
            if ident:
                n_ids += 1
                seen.add(ident)
            elif num:
                total += int(num)
            elif string_:
                strings += 1
            elif sym:
                symbols += 1
    return (n_ids, len(seen), total, strings, symbols)
