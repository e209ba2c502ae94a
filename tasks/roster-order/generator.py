_SYLLABLES = ["ka", "ri", "mo", "ta", "an", "el", "o", "u", "zen", "li", "bra", "e"]


def generate(size, rng):
    # `size` records with many ties on every key: a few teams (3 to 40), scores from a small range (0 to 10, 100 or
    # 1000, one in ten negative), and names of 0 to 3 syllables (about 1900 distinct, many prefixes of each other,
    # so the name key and its reversed direction matter); ids are random, so records equal on the three keys must
    # keep their input order for the checksum to come out right. Shape parameters are
    # drawn first, so one seed keeps the shape at every size.
    teams = rng.randint(3, 40)
    top_score = rng.choice([10, 100, 1000])
    syllables = rng.randint(2, 3)
    records = []
    for _ in range(size):
        score = rng.randint(0, top_score)
        if rng.random() < 0.1:
            score = -score
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(0, syllables)))
        records.append([rng.randint(0, 10 ** 9), rng.randrange(teams), score, name])
    return [records]
