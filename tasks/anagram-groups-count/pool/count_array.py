def count_anagram_groups(words):
    keys = set()
    for w in words:
        counts = {}
        for ch in w:
            counts[ch] = counts.get(ch, 0) + 1
        keys.add(tuple(sorted(counts.items())))
    return len(keys)
