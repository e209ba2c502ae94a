from bisect import bisect_left


def lis_length(nums):
    # Tails stored as (value, position) pairs; (x, -1) sorts before any pair holding x.
    tails = []
    for i, x in enumerate(nums):
        k = bisect_left(tails, (x, -1))
        if k == len(tails):
            tails.append((x, i))
        else:
            tails[k] = (x, i)
    return len(tails)
