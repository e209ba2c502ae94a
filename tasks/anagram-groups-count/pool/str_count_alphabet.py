def count_anagram_groups(words):
    keys = set()
    for w in words:
        keys.add(tuple((c, w.count(c)) for c in sorted(set(w))))
    return len(keys)
