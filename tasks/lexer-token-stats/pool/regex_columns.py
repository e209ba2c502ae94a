import re

# One alternative per token kind, in the order of preference; findall returns a 4-tuple per token with the matched
# text in the column of its kind and "" in the others.
_TOKEN = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)|([0-9]+)|("[^"\n]*")|([^ \t\n])')


def token_stats(src):
    # The regex engine tokenises in C; zip(*) turns the tokens into one column per kind, and counting non-empty
    # entries, the set of identifiers and the sum of the numbers are all done by C builtins.
    found = _TOKEN.findall(src)
    if not found:
        return (0, 0, 0, 0, 0)
    idents, numbers, strings, symbols = zip(*found)
    blank_ids = idents.count("")
    distinct = len(set(idents)) - (1 if blank_ids else 0)
    number_sum = sum(map(int, filter(None, numbers)))
    return (len(idents) - blank_ids, distinct, number_sum, len(strings) - strings.count(""),
            len(symbols) - symbols.count(""))
