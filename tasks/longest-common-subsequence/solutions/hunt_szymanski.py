from bisect import bisect_left


def lcs_length(a, b):
    # Hunt-Szymanski: an LCS is a strictly increasing chain of matching pairs (i, j); process b left to right and
    # the matches of each character in a right to left, keeping the smallest chain tails (an LIS).
    where = {}
    for i, ch in enumerate(a):
        where.setdefault(ch, []).append(i)
    for lst in where.values():
        lst.reverse()
    tails = []
    for ch in b:
        for i in where.get(ch, ()):
            k = bisect_left(tails, i)
            if k == len(tails):
                tails.append(i)
            else:
                tails[k] = i
    return len(tails)
