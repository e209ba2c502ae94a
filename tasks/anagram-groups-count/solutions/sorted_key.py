def count_anagram_groups(words):
    # Canonical form: the characters in sorted order.
    return len({"".join(sorted(w)) for w in words})
