def lis_length(nums):
    def first_not_less(tails, x, lo, hi):
        if lo >= hi:
            return lo
        mid = (lo + hi) // 2
        if tails[mid] < x:
            return first_not_less(tails, x, mid + 1, hi)
        return first_not_less(tails, x, lo, mid)

    tails = []
    for x in nums:
        i = first_not_less(tails, x, 0, len(tails))
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
