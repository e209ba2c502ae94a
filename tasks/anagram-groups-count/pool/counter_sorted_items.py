from collections import Counter


def count_anagram_groups(words):
    keys = set()
    for w in words:
        keys.add(tuple(sorted(Counter(w).items())))
    return len(keys)
