import re


def token_stats(src):
    # re.Scanner calls a Python callback per token and collects (kind, text) pairs; they are counted afterwards.
    scanner = re.Scanner([
        (r"[A-Za-z_][A-Za-z0-9_]*", lambda s, t: ("id", t)),
        (r"[0-9]+", lambda s, t: ("num", t)),
        (r'"[^"\n]*"', lambda s, t: ("str", t)),
        (r"[ \t\n]+", None),
        (r".", lambda s, t: ("sym", t)),
    ], re.S)
    tokens, _ = scanner.scan(src)
    ids = [t for k, t in tokens if k == "id"]
    return (len(ids), len(set(ids)), sum(int(t) for k, t in tokens if k == "num"),
            sum(1 for k, _ in tokens if k == "str"), sum(1 for k, _ in tokens if k == "sym"))
