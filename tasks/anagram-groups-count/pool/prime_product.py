def _primes():
    p = 2
    while True:
        if all(p % q for q in range(2, int(p ** 0.5) + 1)):
            yield p
        p += 1


def count_anagram_groups(words):
    # Unique factorisation: the product of one prime per distinct character identifies the multiset.
    gen = _primes()
    prime_of = {}
    keys = set()
    for w in words:
        h = 1
        for ch in w:
            p = prime_of.get(ch)
            if p is None:
                p = prime_of[ch] = next(gen)
            h *= p
        keys.add(h)
    return len(keys)
