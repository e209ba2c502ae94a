from bisect import bisect_left


def lis_length(nums):
    # Patience sorting that keeps every pile (only the tops are needed).
    piles = []
    tops = []
    for x in nums:
        i = bisect_left(tops, x)
        if i == len(piles):
            piles.append([x])
            tops.append(x)
        else:
            piles[i].append(x)
            tops[i] = x
    return len(piles)
