def count_anagram_groups(words):
    seen = set()
    for w in words:
        seen.add(tuple(sorted(w)))
    return len(seen)
