def count_anagram_groups(words):
    keys = set()
    for w in words:
        key = ""
        for ch in sorted(w):
            key += ch
        keys.add(key)
    return len(keys)
