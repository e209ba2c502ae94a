from collections import Counter


def count_anagram_groups(words):
    # Canonical form: the multiset of characters as a frozenset of (char, count) pairs.
    return len({frozenset(Counter(w).items()) for w in words})
