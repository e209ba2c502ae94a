def count_anagram_groups(words):
    # Keep one sorted form per group found so far and compare each word with all of them.
    reps = []
    for w in words:
        key = sorted(w)
        for r in reps:
            if r == key:
                break
        else:
            reps.append(key)
    return len(reps)
