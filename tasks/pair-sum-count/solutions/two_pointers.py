def count_pairs(nums, target):
    a = sorted(nums)
    lo, hi = 0, len(a) - 1
    count = 0
    while lo < hi:
        s = a[lo] + a[hi]
        if s < target:
            lo += 1
        elif s > target:
            hi -= 1
        elif a[lo] == a[hi]:
            k = hi - lo + 1
            count += k * (k - 1) // 2
            break
        else:
            left = lo
            while lo < hi and a[lo] == a[left]:
                lo += 1
            right = hi
            while hi >= lo and a[hi] == a[right]:
                hi -= 1
            count += (lo - left) * (right - hi)
    return count
