def generate(size, rng, index):
    # `size` words of running text. The shape comes first: the abbreviations in use (some common ones, some made
    # up, a duplicate now and then), the mean sentence length (3 to 25 words) and how often a word is an
    # abbreviation, carries a quote or parenthesis, or is followed by unusual whitespace; test 0 of a level (the
    # timed and DPE input) keeps the mean sentence length at 18 to 22 words. Sentences end with ".",
    # "!", "?", "?!" or "...", sometimes followed by closing quotes or parentheses; some words contain dots that
    # end nothing ("3.14", "example.com"), and some look like abbreviations without being in the list ("Prof.",
    # "DR."); the text may stop in the middle of a sentence.
    common = ["Dr.", "Mr.", "Mrs.", "Ms.", "St.", "e.g.", "i.e.", "etc.", "vs.", "No.", "Jr.", "approx."]
    abbreviations = rng.sample(common, rng.randint(0, len(common)))
    abbreviations += ["".join(rng.choice("abcxyz") for _ in range(rng.randint(1, 4))) + "."
                      for _ in range(rng.randint(0, 5))]
    if abbreviations and rng.random() < 0.3:
        abbreviations.append(rng.choice(abbreviations))
    rng.shuffle(abbreviations)
    lookalikes = ["Prof.", "DR.", "Dr.)", "etc.\"", "U.S.", "a.m."]
    mean_len = rng.randint(18, 22) if index == 0 else rng.randint(3, 25)
    p_abbrev = rng.uniform(0.0, 0.08)
    p_quote = rng.uniform(0.0, 0.1)
    p_odd_space = rng.uniform(0.0, 0.05)
    vocab = ["the", "a", "of", "measurements", "caf\u00e9", "na\u00efvet\u00e9", "Stra\u00dfenbahnhaltestelle",
             "information", "3.14159", "www.example.com/index.html", "x", "and", "configuration", "reportedly",
             "M\u00fcller-L\u00fcdenscheidt", "(twice)", "it's", "--", "1,234,567.89", "approximately", "performance",
             "interpretation", "developers", "tokenisers", "nevertheless", "straightforward", "characteristically"]
    ends = [".", ".", ".", "!", "?", "?!", "..."]
    closers = ["\"", ")", "'", "\")", "'\""]
    spaces = ["  ", "\n", "\t", "\n\n", "\u00a0", " \n "]
    pieces = []
    for _ in range(size):
        r = rng.random()
        if r < p_abbrev and abbreviations:
            word = rng.choice(abbreviations)
        elif r < p_abbrev * 1.3:
            word = rng.choice(lookalikes)
        else:
            word = rng.choice(vocab)
        if rng.random() < p_quote:
            word = "\"" + word if rng.random() < 0.5 else word + rng.choice(closers)
        if rng.random() < 1 / mean_len:
            word += rng.choice(ends)
            if rng.random() < p_quote * 3:
                word += rng.choice(closers)
        pieces.append(word)
        pieces.append(rng.choice(spaces) if rng.random() < p_odd_space else " ")
    if pieces and rng.random() < 0.5:
        pieces.pop()
    return ["".join(pieces), abbreviations]
