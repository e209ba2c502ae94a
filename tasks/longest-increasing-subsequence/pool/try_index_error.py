from bisect import bisect_left


def lis_length(nums):
    tails = []
    for x in nums:
        i = bisect_left(tails, x)
        try:
            tails[i] = x
        except IndexError:
            tails.append(x)
    return len(tails)
