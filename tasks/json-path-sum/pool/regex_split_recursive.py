import re

TOKENS = re.compile(r'"[^"]*"|-?\d+|[{}\[\]]')


def json_path_sum(text, paths):
    # Tokens by one regex (commas, colons and whitespace dropped), then recursive descent over the token list.
    tokens = TOKENS.findall(text)
    pos = 0

    def parse():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "{":
            obj = {}
            while tokens[pos] != "}":
                key = tokens[pos][1:-1]
                pos += 1
                obj[key] = parse()
            pos += 1
            return obj
        if tok == "[":
            arr = []
            while tokens[pos] != "]":
                arr.append(parse())
            pos += 1
            return arr
        if tok[0] == '"':
            return tok[1:-1]
        return int(tok)

    root = parse()
    total = 0
    for path in paths:
        cur = root
        for seg in path.split("."):
            if isinstance(cur, dict) and seg in cur:
                cur = cur[seg]
            elif isinstance(cur, list) and seg.isdigit() and int(seg) < len(cur):
                cur = cur[int(seg)]
            else:
                cur = None
                break
        if isinstance(cur, int):
            total += cur
    return total
