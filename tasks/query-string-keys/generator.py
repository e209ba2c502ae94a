def generate(size, rng):
    # `size` URLs. Most have a query of 1 to 4 pieces drawn from a few hundred keys with skewed frequencies; the
    # rest test the rules: no query, `?` or `&` in the path, a second `?` inside a value, `#` before or after the
    # `?`, empty pieces and empty keys, percent-escapes and `+` that must not be decoded, and keys differing in case.
    nkeys = rng.randint(5, 300)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.~%+"
    keys = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(nkeys)]
    weights = [1.0 / (i + 1) for i in range(nkeys)]
    hosts = ["https://ex.com", "http://a.io", "ftp://f.net", "//x.z:80", "mailto:m@x", "", "", ""]
    paths = ["/", "/s", "/a/b", "/p&q=1", "/(it)", "", "", "/v;x=2", "/~u"]
    lines = []
    for _ in range(size):
        url = rng.choice(hosts) + rng.choice(paths)
        if rng.random() < 0.05:
            url += "#" + rng.choice(keys) + "=1"
        shape = rng.random()
        if shape < 0.9:
            pieces = []
            for key in rng.choices(keys, weights, k=rng.randint(1, 4)):
                kind = rng.random()
                if kind < 0.7:
                    pieces.append(key + "=" + "".join(rng.choice("abc123%+?=:/") for _ in range(rng.randint(0, 3))))
                elif kind < 0.85:
                    pieces.append(key)
                else:
                    pieces.append(rng.choice(["", "=", "=x", key + "==", key + "="]))
            url += "?" + "&".join(pieces)
        elif shape < 0.95:
            url += "?"
        if rng.random() < 0.1:
            url += "#" + rng.choice(["top", "a=1&b=2", "?x=y", ""])
        lines.append(url or "/")
    return ["\n".join(lines)]
