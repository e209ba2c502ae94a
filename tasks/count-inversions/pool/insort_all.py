from bisect import bisect_right, insort


def count_inversions(nums):
    # One sorted list of everything seen so far: binary search, then insertion (memmove in C).
    seen = []
    total = 0
    for x in nums:
        total += len(seen) - bisect_right(seen, x)
        insort(seen, x)
    return total
