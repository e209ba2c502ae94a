from bisect import bisect_left, bisect_right


def count_pairs(nums, target):
    a = sorted(nums)
    n = len(a)
    count = 0
    for i in range(n):
        need = target - a[i]
        lo = bisect_left(a, need, i + 1)
        hi = bisect_right(a, need, i + 1)
        count += hi - lo
    return count
