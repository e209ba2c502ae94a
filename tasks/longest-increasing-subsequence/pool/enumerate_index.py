from bisect import bisect_left


def lis_length(nums):
    tails = []
    length = 0
    for i in range(len(nums)):
        x = nums[i]
        j = bisect_left(tails, x, 0, length)
        if j == length:
            tails.append(x)
            length += 1
        else:
            tails[j] = x
    return length
