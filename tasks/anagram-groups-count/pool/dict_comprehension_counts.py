def count_anagram_groups(words):
    keys = set()
    for w in words:
        keys.add(frozenset({c: w.count(c) for c in set(w)}.items()))
    return len(keys)
