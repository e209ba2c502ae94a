import bisect


def count_anagram_groups(words):
    # A sorted list of distinct keys, kept sorted by binary insertion.
    keys = []
    for w in words:
        key = "".join(sorted(w))
        i = bisect.bisect_left(keys, key)
        if i == len(keys) or keys[i] != key:
            keys.insert(i, key)
    return len(keys)
