def count_anagram_groups(words):
    groups = {}
    for w in words:
        key = "".join(sorted(w))
        groups[key] = groups.get(key, 0) + 1
    return len(groups)
