def generate(size, rng):
    # `size` identifiers (joined by spaces) of 1 to 5 words each (1 to 7 characters per word, so names stay within
    # 40 characters).
    # Most are camelCase, some PascalCase (a capital first letter gets no `_`), some hold acronyms (runs of capitals
    # split at every letter) or digits, and a few are a single lowercase word with nothing to convert, so that no
    # shortcut on one shape is right on all.
    syllables = ["get", "set", "to", "user", "id", "node", "parse", "x", "max", "buf", "len", "item", "http", "q"]
    acronyms = ["ID", "HTTP", "XML", "IO", "UI", "A", "URL"]
    names = []
    for _ in range(size):
        shape = rng.random()
        words = []
        for _ in range(rng.randint(1, 5)):
            if rng.random() < 0.12:
                words.append(rng.choice(acronyms))
            else:
                word = rng.choice(syllables) + (rng.choice(syllables) if rng.random() < 0.3 else "")
                if rng.random() < 0.15:
                    word += str(rng.randint(0, 99))
                words.append(word[:7])
        if shape < 0.1:
            name = words[0].lower()
        elif shape < 0.35:
            name = "".join(w[0].upper() + w[1:] for w in words)
        else:
            first = words[0]
            name = (first if first.isupper() and rng.random() < 0.3 else first.lower()) + "".join(
                w[0].upper() + w[1:] for w in words[1:])
        names.append(name)
    return [" ".join(names)]
