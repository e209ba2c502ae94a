def count_anagram_groups(words):
    keys = sorted("".join(sorted(w)) for w in words)
    groups = 0
    prev = None
    for k in keys:
        if k != prev:
            groups += 1
            prev = k
    return groups
