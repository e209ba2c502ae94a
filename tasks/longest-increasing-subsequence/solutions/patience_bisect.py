from bisect import bisect_left


def lis_length(nums):
    # tails[k] = the smallest possible last value of a strictly increasing subsequence of length k + 1;
    # tails stays sorted, so each value finds its place by binary search.
    tails = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
