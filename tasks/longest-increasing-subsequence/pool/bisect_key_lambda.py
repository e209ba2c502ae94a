from bisect import bisect_left


def lis_length(nums):
    tails = []
    for x in nums:
        i = bisect_left(tails, x, key=lambda v: v)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
