def _msort(chars):
    if len(chars) <= 1:
        return chars
    mid = len(chars) // 2
    left, right = _msort(chars[:mid]), _msort(chars[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def count_anagram_groups(words):
    return len({"".join(_msort(list(w))) for w in words})
