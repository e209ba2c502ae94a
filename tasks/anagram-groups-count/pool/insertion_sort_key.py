def count_anagram_groups(words):
    keys = set()
    for w in words:
        chars = []
        for ch in w:
            i = len(chars)
            chars.append(ch)
            while i > 0 and chars[i - 1] > ch:
                chars[i] = chars[i - 1]
                i -= 1
            chars[i] = ch
        keys.add("".join(chars))
    return len(keys)
