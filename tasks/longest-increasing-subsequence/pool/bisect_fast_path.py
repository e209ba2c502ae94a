from bisect import bisect_left


def lis_length(nums):
    tails = []
    for x in nums:
        if not tails or x > tails[-1]:
            tails.append(x)
        else:
            tails[bisect_left(tails, x)] = x
    return len(tails)
